using System.Text;
using CsvHelper;
using NameGender.Cli.Labeling;
using NameGender.Core.Predictions;

namespace NameGender.Cli.Tests.Labeling;

/// <summary>Runs <see cref="CsvLabeler"/> over bytes in memory; keeps what it wrote and reported.</summary>
internal static class Labelling
{
    public static LabelResult Run(GenderPredictor predictor, string csv, LabelOptions options) =>
        Run(predictor, Encoding.UTF8.GetBytes(csv), options);

    public static LabelResult Run(GenderPredictor predictor, byte[] input, LabelOptions options)
    {
        var reported = new List<UnreadableRow>();
        using var source = new MemoryStream(input);
        using var target = new MemoryStream();
        var summary = new CsvLabeler(predictor, TimeProvider.System)
            .Label(source, target, options with { OnUnreadableRow = reported.Add });
        return new LabelResult(target.ToArray(), summary, reported);
    }
}

/// <summary>The output of one labelling run, as bytes, text and rows of fields.</summary>
internal sealed record LabelResult(byte[] Output, LabelSummary Summary, IReadOnlyList<UnreadableRow> Reported)
{
    public string Text => Encoding.UTF8.GetString(Output);

    /// <summary>The output's lines; only for outputs without line breaks inside fields.</summary>
    public IReadOnlyList<string> Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The output read back as CSV, header first, quotes undone.</summary>
    public IReadOnlyList<string[]> Rows(char delimiter = ',')
    {
        using var reader = CsvReader.Create(
            Output, CsvReaderOptions.Default with { Separator = delimiter, HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Current.ToArray());
        }

        return rows;
    }
}
