using System.Text;

namespace NameGender.Core.Models;

/// <summary>
/// The binary layout of the lookup inside a model file: entries in ordinal key order, counts as
/// variable-length integers, so the file is compact and identical for identical data.
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
            writer.Write7BitEncodedInt64(evidence.UndatedFemale);
            writer.Write7BitEncodedInt64(evidence.UndatedMale);
            writer.Write7BitEncodedInt(evidence.Decades.Count);
            foreach (var decade in evidence.Decades)
            {
                writer.Write7BitEncodedInt(decade.Decade);
                writer.Write7BitEncodedInt64(decade.Female);
                writer.Write7BitEncodedInt64(decade.Male);
            }
        }
    }

    public static NameLookup Read(Stream stream, ModelManifest manifest)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var count = reader.ReadInt32();
        var entries = new Dictionary<string, NameEvidence>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var prior = reader.ReadSingle();
            var undatedFemale = reader.Read7BitEncodedInt64();
            var undatedMale = reader.Read7BitEncodedInt64();
            var decades = new DecadeCount[reader.Read7BitEncodedInt()];
            for (var d = 0; d < decades.Length; d++)
            {
                decades[d] = new DecadeCount(
                    reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt64());
            }

            entries.Add(key, new NameEvidence(decades, undatedFemale, undatedMale, prior));
        }

        return new NameLookup(entries, manifest.DataYears);
    }
}
