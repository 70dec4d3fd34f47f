using ScottPlot;

namespace NameGender.Reports.Figures;

/// <summary>
/// One figure of a report: a plot with a file name, a title and a caption that says how to read it.
/// </summary>
public sealed class ReportFigure : IDisposable
{
    public const int Width = 720;
    public const int Height = 420;

    private readonly Plot _plot;
    private byte[]? _png;

    internal ReportFigure(string name, string title, string caption, Plot plot)
    {
        Name = name;
        Title = title;
        Caption = caption;
        _plot = plot;
    }

    /// <summary>A file-name stem, e.g. threshold-errors.</summary>
    public string Name { get; }

    public string Title { get; }

    public string Caption { get; }

    /// <summary>
    /// The figure as PNG bytes. PNG rather than SVG: Skia's SVG canvas drops dash patterns, and the
    /// dashed lines are what tell the second model apart.
    /// </summary>
    public byte[] ToPng() => _png ??= _plot.GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>
    /// Writes the figure as NAME.png into <paramref name="folder"/> and returns the path; it is drawn
    /// once for page and file.
    /// </summary>
    public string SavePng(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Name + ".png");
        File.WriteAllBytes(path, ToPng());
        return path;
    }

    public void Dispose() => _plot.Dispose();
}
