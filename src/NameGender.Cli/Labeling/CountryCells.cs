using NameGender.Core.Data;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Reads the cells of --country-column: ISO 3166-1 alpha-2 codes in any case. A blank cell falls
/// back to --country, or to no country. Codes read are remembered (a file repeats a few dozen
/// countries). Not thread-safe.
/// </summary>
internal sealed class CountryCells
{
    // About 250 codes exist; the bound only guards against a column of noise.
    private const int Capacity = 10_000;

    private readonly Dictionary<string, string?> _read = new(StringComparer.Ordinal);
    private readonly CellDecoder _decoder = new();
    private readonly string? _fallback;

    public CountryCells(string? fallback)
    {
        _fallback = fallback;
    }

    /// <summary>Returns false with the problem when the cell is not a country code.</summary>
    public bool TryRead(ReadOnlySpan<byte> cell, out string? country, out string? error)
    {
        var text = _decoder.Decode(cell);
        error = null;
        if (text.IsWhiteSpace())
        {
            country = _fallback;
            return true;
        }

        if (!_read.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out country))
        {
            var key = text.ToString();
            country = CountryCode.TryNormalize(key, out var code) ? code : null;
            if (_read.Count >= Capacity)
            {
                _read.Clear();
            }

            _read.Add(key, country);
        }

        if (country is null)
        {
            error = $"expected {CountryCode.Expected}; found '{text}'";
            return false;
        }

        return true;
    }
}
