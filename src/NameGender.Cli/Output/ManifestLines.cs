using System.Globalization;
using NameGender.Core.Models;

namespace NameGender.Cli.Output;

/// <summary>How the models commands print a manifest's countries and sources.</summary>
internal static class ManifestLines
{
    /// <summary>The countries with evidence, space-separated; "–" for a model without any.</summary>
    public static string Countries(ModelManifest manifest) =>
        manifest.Countries.Count == 0 ? "–" : string.Join(' ', manifest.Countries);

    /// <summary>
    /// One line per source: file, format and kind, records, countries, then publisher and licence
    /// when known, so a model credits the data it was trained on.
    /// </summary>
    public static string Sources(ModelManifest manifest) =>
        string.Join("\n", manifest.Sources.Select(Source));

    private static string Source(ModelSource source)
    {
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{source.Path} ({source.Format}, {Kind(source)}, {source.Records:N0} records)");
        if (source.Countries.Count > 0)
        {
            line += $" {string.Join(' ', source.Countries)}";
        }

        if (source.Publisher is not null)
        {
            line += $": {source.Publisher}; {source.Licence}";
        }

        return line;
    }

    private static string Kind(ModelSource source) => source.LabelWeight is long weight
        ? string.Create(CultureInfo.InvariantCulture, $"{source.Kind}, weight {weight} each")
        : source.Kind;
}
