using NameGender.Core.Predictions;
using Spectre.Console;

namespace NameGender.Cli.Output;

/// <summary>Renders predictions as a table with the contract's column names.</summary>
internal static class PredictionTable
{
    public static Table Create(IEnumerable<Prediction> predictions)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("input", "normalized", "gender", "p_female", "evidence", "source", "country", "reason");
        table.Columns[3].RightAligned();
        table.Columns[4].RightAligned();

        foreach (var prediction in predictions)
        {
            table.AddRow(
                Markup.Escape(prediction.Input),
                Markup.Escape(prediction.Normalized ?? string.Empty),
                Colour(prediction),
                PredictionFields.PFemale(prediction),
                PredictionFields.Evidence(prediction),
                PredictionFields.Source(prediction),
                Markup.Escape(prediction.Country ?? string.Empty),
                Markup.Escape(prediction.Reason ?? string.Empty));
        }

        return table;
    }

    private static string Colour(Prediction prediction) => prediction.Gender switch
    {
        Gender.Female => "[magenta]female[/]",
        Gender.Male => "[blue]male[/]",
        _ => "[grey]unknown[/]",
    };
}
