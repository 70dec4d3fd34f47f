using System.Text;
using NameGender.Cli.Output;
using NameGender.Reports.Figures;
using Spectre.Console;

namespace NameGender.Cli.Commands;

/// <summary>
/// Writes a report's HTML page (--report) and its figures as PNG files (--figures), and says where.
/// </summary>
internal static class EvaluateReportFiles
{
    public static void Write(
        string? reportPath,
        string? figuresFolder,
        Func<IReadOnlyList<ReportFigure>> createFigures,
        Func<IReadOnlyList<ReportFigure>, string> renderPage)
    {
        if (reportPath is null && figuresFolder is null)
        {
            return;
        }

        var figures = createFigures();
        try
        {
            if (reportPath is not null)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(reportPath))!;
                Directory.CreateDirectory(folder);
                var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
                File.WriteAllText(reportPath, renderPage(figures), utf8);
                ConsoleOutput.Error.MarkupLine(Markup.Escape($"wrote the report {reportPath}"));
            }

            if (figuresFolder is not null)
            {
                foreach (var figure in figures)
                {
                    var path = figure.SavePng(figuresFolder);
                    ConsoleOutput.Error.MarkupLine(Markup.Escape($"wrote the figure {path}"));
                }
            }
        }
        finally
        {
            foreach (var figure in figures)
            {
                figure.Dispose();
            }
        }
    }
}
