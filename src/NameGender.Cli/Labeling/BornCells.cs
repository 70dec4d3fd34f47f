using NameGender.Core.Data;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Reads the birth-year cells of --born-column: 1950-1969, 1955 or 1950s as
/// <see cref="YearPeriod.TryParse"/> takes them. A blank cell falls back to --born, or to no
/// period. Parsed cells are remembered, since a file repeats a few dozen years. Not thread-safe.
/// </summary>
internal sealed class BornCells
{
    // A few hundred distinct values is typical; the bound only guards against a column of noise.
    private const int Capacity = 10_000;

    private readonly Dictionary<string, (YearPeriod? Period, string? Error)> _parsed =
        new(StringComparer.Ordinal);
    private readonly CellDecoder _decoder = new();
    private readonly YearPeriod? _fallback;

    public BornCells(YearPeriod? fallback)
    {
        _fallback = fallback;
    }

    /// <summary>Returns false with the problem when the cell is not a birth-year range.</summary>
    public bool TryRead(ReadOnlySpan<byte> cell, out YearPeriod? period, out string? error)
    {
        var text = _decoder.Decode(cell);
        if (text.IsWhiteSpace())
        {
            period = _fallback;
            error = null;
            return true;
        }

        if (!_parsed.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var parsed))
        {
            var key = text.ToString();
            parsed = Parse(key);
            if (_parsed.Count >= Capacity)
            {
                _parsed.Clear();
            }

            _parsed.Add(key, parsed);
        }

        (period, error) = parsed;
        return error is null;
    }

    private static (YearPeriod?, string?) Parse(string text) =>
        YearPeriod.TryParse(text, out var period, out var error) ? (period, null) : (null, error);
}
