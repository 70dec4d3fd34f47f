using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NameGender.Reports.Figures;

namespace NameGender.Reports.Html;

/// <summary>
/// A small writer of self-contained HTML: headings, paragraphs, tables and inline PNG figures,
/// every piece of text encoded. No scripts and no external resources, so a report opens anywhere
/// and can be mailed as one file.
/// </summary>
internal sealed class HtmlDocument
{
    // Every script stays readable (the page is UTF-8); only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _body = new();
    private readonly string _title;

    public HtmlDocument(string title) => _title = title;

    public HtmlDocument Heading(int level, string text)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<h{level}>{Encode(text)}</h{level}>\n");
        return this;
    }

    public HtmlDocument Paragraph(string text, string? cssClass = null)
    {
        var attribute = cssClass is null ? string.Empty : $" class=\"{cssClass}\"";
        _body.Append(CultureInfo.InvariantCulture, $"<p{attribute}>{Encode(text)}</p>\n");
        return this;
    }

    /// <summary>A table; cells of columns listed in <paramref name="numeric"/> are right-aligned.</summary>
    public HtmlDocument Table(
        IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, params int[] numeric)
    {
        _body.Append("<table>\n<thead><tr>");
        for (var i = 0; i < header.Count; i++)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<th{Align(i, numeric)}>{Encode(header[i])}</th>");
        }

        _body.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                _body.Append(CultureInfo.InvariantCulture, $"<td{Align(i, numeric)}>{Encode(row[i])}</td>");
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</tbody>\n</table>\n");
        return this;
    }

    /// <summary>A figure as an inline PNG image, its title the alternative text, and its caption.</summary>
    public HtmlDocument Figure(ReportFigure figure)
    {
        var png = Convert.ToBase64String(figure.ToPng());
        var title = Encode(figure.Title);
        _body.Append(CultureInfo.InvariantCulture, $"<figure>\n<img src=\"data:image/png;base64,{png}\" ");
        _body.Append(CultureInfo.InvariantCulture, $"width=\"{ReportFigure.Width}\" ");
        _body.Append(CultureInfo.InvariantCulture, $"height=\"{ReportFigure.Height}\" ");
        _body.Append(CultureInfo.InvariantCulture, $"alt=\"{title}\">\n");
        _body.Append(CultureInfo.InvariantCulture, $"<figcaption><strong>{title}.</strong> ");
        _body.Append(CultureInfo.InvariantCulture, $"{Encode(figure.Caption)}</figcaption>\n</figure>\n");
        return this;
    }

    /// <summary>A definition list of terms and their meanings.</summary>
    public HtmlDocument Definitions(IEnumerable<(string Term, string Meaning)> definitions)
    {
        _body.Append("<dl>\n");
        foreach (var (term, meaning) in definitions)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<dt>{Encode(term)}</dt>");
            _body.Append(CultureInfo.InvariantCulture, $"<dd>{Encode(meaning)}</dd>\n");
        }

        _body.Append("</dl>\n");
        return this;
    }

    public override string ToString() =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + $"<title>{Encode(_title)}</title>\n<style>\n{ReportStyles.Css}</style>\n</head>\n<body>\n"
        + _body
        + "</body>\n</html>\n";

    private static string Align(int column, int[] numeric) =>
        numeric.Contains(column) ? " class=\"n\"" : string.Empty;

    private static string Encode(string text) => Encoder.Encode(text);
}
