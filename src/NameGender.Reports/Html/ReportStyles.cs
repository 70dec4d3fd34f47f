namespace NameGender.Reports.Html;

/// <summary>The reports' style sheet: readable on screen and on paper, no web fonts.</summary>
internal static class ReportStyles
{
    public const string Css = """
        body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #222;
               max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
        th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid #eee;
                 text-align: left; vertical-align: top; }
        th { background: #f5f5f5; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1rem 0; } figure img { max-width: 100%; height: auto; }
        figcaption { font-size: 0.85rem; color: #555; max-width: 45rem; }
        .note { font-size: 0.85rem; color: #555; }
        dt { font-weight: bold; margin-top: 0.4rem; } dd { margin-left: 1.5rem; }

        """;
}
