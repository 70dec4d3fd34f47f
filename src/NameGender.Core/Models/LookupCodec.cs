using System.Text;

namespace NameGender.Core.Models;

/// <summary>
/// The binary layout of the lookup inside a model file: entries in ordinal key order, each with its
/// countries ("" for none) and their counts as variable-length integers, so the file is compact and
/// identical for identical data.
/// </summary>
internal static class LookupCodec
{
    public static void Write(NameLookup lookup, Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(lookup.Count);
        foreach (var (key, evidence) in lookup.OrderedEntries())
        {
            writer.Write(key);
            writer.Write(evidence.Prior);
            writer.Write7BitEncodedInt(evidence.Countries.Count);
            foreach (var country in evidence.Countries)
            {
                Write(writer, country);
            }
        }
    }

    public static NameLookup Read(Stream stream, ModelManifest manifest)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var count = reader.ReadInt32();
        var entries = new Dictionary<string, NameEvidence>(count, StringComparer.Ordinal);

        // Keys and country codes repeat across entries; one string each keeps the lookup small.
        var countryCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var prior = reader.ReadSingle();
            var countries = new CountryEvidence[reader.Read7BitEncodedInt()];
            for (var c = 0; c < countries.Length; c++)
            {
                countries[c] = Read(reader, countryCodes);
            }

            entries.Add(key, new NameEvidence(countries, prior));
        }

        return new NameLookup(entries, manifest.DataYears);
    }

    private static void Write(BinaryWriter writer, CountryEvidence country)
    {
        writer.Write(country.Country ?? string.Empty);
        writer.Write7BitEncodedInt64(country.UndatedFemale);
        writer.Write7BitEncodedInt64(country.UndatedMale);
        writer.Write7BitEncodedInt64(country.LabelFemale);
        writer.Write7BitEncodedInt64(country.LabelMale);
        writer.Write7BitEncodedInt(country.Decades.Count);
        foreach (var decade in country.Decades)
        {
            writer.Write7BitEncodedInt(decade.Decade);
            writer.Write7BitEncodedInt64(decade.Female);
            writer.Write7BitEncodedInt64(decade.Male);
        }
    }

    private static CountryEvidence Read(BinaryReader reader, Dictionary<string, string> countryCodes)
    {
        var code = reader.ReadString();
        if (!countryCodes.TryGetValue(code, out var country))
        {
            country = code;
            countryCodes[code] = code;
        }

        var undatedFemale = reader.Read7BitEncodedInt64();
        var undatedMale = reader.Read7BitEncodedInt64();
        var labelFemale = reader.Read7BitEncodedInt64();
        var labelMale = reader.Read7BitEncodedInt64();
        var decades = new DecadeCount[reader.Read7BitEncodedInt()];
        for (var d = 0; d < decades.Length; d++)
        {
            decades[d] = new DecadeCount(
                reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt64());
        }

        return new CountryEvidence(
            country.Length == 0 ? null : country, decades, undatedFemale, undatedMale, labelFemale, labelMale);
    }
}
