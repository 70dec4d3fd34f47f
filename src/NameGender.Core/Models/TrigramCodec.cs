using System.Globalization;
using System.Text;

namespace NameGender.Core.Models;

/// <summary>The trigram profile inside a model file: one "trigram TAB names" line each, sorted.</summary>
internal static class TrigramCodec
{
    public static void Write(TrigramProfile profile, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var (trigram, names) in profile.NamesPerTrigram.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{trigram}\t{names}"));
        }
    }

    public static TrigramProfile Read(Stream stream, TrigramRule rule)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.LastIndexOf('\t');
            counts[line[..tab]] = int.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }

        return new TrigramProfile(counts, rule);
    }
}
