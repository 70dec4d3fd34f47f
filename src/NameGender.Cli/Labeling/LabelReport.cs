using System.Globalization;
using Spectre.Console;

namespace NameGender.Cli.Labeling;

/// <summary>What <c>namegender label</c> tells the user on standard error, as plain lines.</summary>
internal static class LabelReport
{
    /// <summary>
    /// Lists the <paramref name="count"/>th unreadable row, up to
    /// <see cref="LabelSummary.UnreadableRowsKept"/> of them: a file that is wrong on every line would
    /// otherwise bury the summary under a million lines.
    /// </summary>
    public static void WriteUnreadable(IAnsiConsole console, UnreadableRow row, long count)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(row);

        if (count <= LabelSummary.UnreadableRowsKept)
        {
            console.MarkupLine($"[yellow]unreadable:[/] {Markup.Escape(row.ToString())}");
        }
    }

    public static void WriteSummary(IAnsiConsole console, LabelSummary summary, string input, string output)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(summary);

        var target = output == LabelOutput.StandardOutput ? "standard output" : output;
        var seconds = summary.Elapsed.TotalSeconds;
        var speed = Invariant($"{summary.Rows:N0} rows in {seconds:0.0} s ")
            + Invariant($"({summary.RowsPerSecond:N0} rows/s)");
        console.MarkupLine(
            $"labelled [bold]{Markup.Escape(input)}[/] into [bold]{Markup.Escape(target)}[/]: {speed}");
        console.MarkupLine(string.Join(
            ", ",
            Count("female", summary.Female, summary.Rows),
            Count("male", summary.Male, summary.Rows),
            Count("unknown", summary.Unknown, summary.Rows)));

        if (summary.UnreadableRows > 0)
        {
            var listed = summary.UnreadableRows > LabelSummary.UnreadableRowsKept
                ? Invariant($" (the first {LabelSummary.UnreadableRowsKept:N0} are listed above)")
                : string.Empty;
            console.MarkupLine(
                Invariant($"[yellow]unreadable rows: {summary.UnreadableRows:N0}[/]{listed}, ")
                + "kept in the output with gender unknown and the problem as reason");
        }
    }

    private static string Count(string gender, long count, long rows)
    {
        var share = rows == 0 ? "-" : ((double)count / rows).ToString("0.0%", CultureInfo.InvariantCulture);
        return Invariant($"{gender} {count:N0} ({share})");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
