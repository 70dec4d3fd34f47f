using System.Collections.Frozen;
using System.Globalization;

namespace NameGender.Sentiment.Lexicon;

/// <summary>
/// Mean valence per lower-case token, from VADER's lexicon file (see Data/README.md): the scale
/// runs from -4 (most negative) to +4 (most positive).
/// </summary>
internal sealed class ValenceLexicon
{
    private const string ResourceName = "NameGender.Sentiment.vader_lexicon.txt";

    private static readonly Lazy<ValenceLexicon> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, double> _valences;

    private ValenceLexicon(FrozenDictionary<string, double> valences)
    {
        _valences = valences;
    }

    /// <summary>The lexicon shipped in this assembly, read once per process on first use.</summary>
    public static ValenceLexicon Shared => Embedded.Value;

    public int Count => _valences.Count;

    public bool Contains(string lowerToken) => _valences.ContainsKey(lowerToken);

    public bool TryGetValence(string lowerToken, out double valence) =>
        _valences.TryGetValue(lowerToken, out valence);

    /// <summary>
    /// Reads lines of <c>token TAB mean TAB sd TAB ratings</c>. A token listed twice keeps its later
    /// mean, as the JavaScript port's object literal does with the file's 14 repeated tokens.
    /// </summary>
    /// <exception cref="InvalidDataException">A line has no numeric mean after a tab.</exception>
    public static ValenceLexicon Parse(TextReader reader, string sourceName)
    {
        var valences = new Dictionary<string, double>(StringComparer.Ordinal);
        var lineNumber = 0;

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0)
            {
                throw new InvalidDataException(
                    $"{sourceName}, line {lineNumber}: expected 'token<TAB>mean<TAB>...', found '{line}'.");
            }

            if (!double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var mean))
            {
                throw new InvalidDataException(
                    $"{sourceName}, line {lineNumber}, field 2: "
                    + $"expected a mean valence, found '{fields[1]}'.");
            }

            valences[fields[0]] = mean;
        }

        return new ValenceLexicon(valences.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static ValenceLexicon LoadEmbedded()
    {
        var assembly = typeof(ValenceLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"{assembly.GetName().Name} lacks its resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader, ResourceName);
    }
}
