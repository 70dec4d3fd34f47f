using System.Text.Json;
using NameGender.Core.Serialization;

namespace NameGender.Training.Import;

/// <summary>
/// A JSON file that says, per input file name, who published it, under which licence, and what its
/// counts mean, so a model trained on it can credit its sources:
/// <c>{"sources": {"at.csv": {"publisher": "…", "licence": "…", "count_meaning": "…"}}}</c>.
/// File names match in any case, without their folder; an input the file does not name has no
/// attribution.
/// </summary>
public sealed class SourceAttributions
{
    private const string Expected =
        "{\"sources\": {\"<file name>\": {\"publisher\": …, \"licence\": …, \"count_meaning\": …}}}";

    private readonly Dictionary<string, SourceAttribution> _byFileName;

    private SourceAttributions(Dictionary<string, SourceAttribution> byFileName)
    {
        _byFileName = byFileName;
    }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ImportException">
    /// The file cannot be read, is not such JSON, or an entry lacks its publisher or licence.
    /// </exception>
    public static SourceAttributions Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var file = DisplayName.Of(path);
        AttributionDocument? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize<AttributionDocument>(stream, NameGenderJson.Options);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ImportException(file, null, $"{file}: cannot be read: {exception.Message}", exception);
        }
        catch (JsonException exception)
        {
            throw new ImportException(file, exception.LineNumber + 1,
                $"{file} line {exception.LineNumber + 1}: expected {Expected}; {exception.Message}", exception);
        }

        var sources = document?.Sources ?? [];
        foreach (var (name, attribution) in sources)
        {
            if (string.IsNullOrWhiteSpace(attribution?.Publisher) || string.IsNullOrWhiteSpace(attribution.Licence))
            {
                throw new ImportException(file, null,
                    $"{file}, source '{name}': expected a publisher and a licence; found "
                    + $"publisher '{attribution?.Publisher}', licence '{attribution?.Licence}'")
                {
                    Field = "publisher",
                };
            }
        }

        return new SourceAttributions(new Dictionary<string, SourceAttribution>(sources, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The attribution of the input at <paramref name="path"/>, by its file name; null when none.</summary>
    public SourceAttribution? For(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var name = Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        return _byFileName.GetValueOrDefault(name);
    }

    private sealed record AttributionDocument(string? About, Dictionary<string, SourceAttribution>? Sources);
}
