using NameGender.Core.Data;
using System.Text;
using System.Text.RegularExpressions;

namespace NameGender.Training.Import;

/// <summary>
/// Reads one per-language list of the npm package gender-detection-from-name (names/it.js…): a
/// JavaScript Map literal of ['name', 'male' | 'female'] pairs, one per line. The language comes
/// from the Map's variable (itNames), its country from <see cref="LanguageCountries"/>.
/// </summary>
/// <remarks>
/// A JavaScript Map keeps the last of two entries with the same key, so a name listed under both
/// sexes silently takes the later one there. Here it enters once as female and once as male (even
/// evidence: the list does not know), and a name listed twice with the same sex enters once.
/// </remarks>
internal static partial class NameListReader
{
    private const string EntryExpected = "a line ['name', 'male'] or ['name', 'female'],";

    private static ReadOnlySpan<byte> Opening => "const "u8;

    private static ReadOnlySpan<byte> MapOpening => "Names = new Map(["u8;

    /// <summary>True when the first bytes of a text open such a list.</summary>
    public static bool IsListHead(ReadOnlySpan<byte> head)
    {
        var firstLine = head.IndexOf((byte)'\n') is var end and >= 0 ? head[..end] : head;
        return firstLine.StartsWith(Opening) && firstLine.IndexOf(MapOpening) > 0;
    }

    public static void Read(Stream stream, string file, RecordCollector collector)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine() ?? string.Empty;
        var language = ListOpening().Match(header.Trim());
        if (!language.Success)
        {
            throw new ImportException(file, 1,
                $"{file} line 1: expected a list opening such as 'const itNames = new Map([', found '{header}'");
        }

        var country = LanguageCountries.Of(language.Groups["language"].Value);
        var labels = ReadEntries(reader, file, collector);
        var weight = collector.Options.LabelWeight;
        foreach (var (name, (female, male)) in labels)
        {
            if (female && male)
            {
                collector.CountNameUnderBothSexes();
            }

            if (female)
            {
                collector.Add(name, Sex.Female, null, weight, country);
            }

            if (male)
            {
                collector.Add(name, Sex.Male, null, weight, country);
            }
        }
    }

    /// <summary>Each name once, in list order, with the sexes it is listed under.</summary>
    private static List<KeyValuePair<string, (bool Female, bool Male)>> ReadEntries(
        StreamReader reader, string file, RecordCollector collector)
    {
        var order = new List<string>();
        var sexes = new Dictionary<string, (bool Female, bool Male)>(StringComparer.Ordinal);
        long line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var trimmed = text.Trim();
            if (trimmed.Length == 0 || trimmed == "]);" || trimmed.StartsWith("module.exports", StringComparison.Ordinal))
            {
                continue;
            }

            collector.CountLine();
            var entry = ListEntry().Match(trimmed);
            if (!entry.Success)
            {
                collector.Reject(new RecordPosition(file, line).BadRecord(EntryExpected, trimmed));
                continue;
            }

            var name = entry.Groups["name"].Value;
            var female = string.Equals(entry.Groups["sex"].Value, "female", StringComparison.Ordinal);
            if (!sexes.TryGetValue(name, out var seen))
            {
                order.Add(name);
            }

            sexes[name] = female ? (true, seen.Male) : (seen.Female, true);
        }

        return [.. order.Select(name => new KeyValuePair<string, (bool, bool)>(name, sexes[name]))];
    }

    [GeneratedRegex(@"^const (?<language>[a-z]{2,3})Names = new Map\(\[$", RegexOptions.CultureInvariant)]
    private static partial Regex ListOpening();

    // Names hold letters, spaces, hyphens and accents; none of the published lists has a quote in one.
    [GeneratedRegex(@"^\['(?<name>[^'\\]+)',\s*'(?<sex>male|female)'\],?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListEntry();
}
