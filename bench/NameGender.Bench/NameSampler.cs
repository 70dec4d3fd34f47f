using NameGender.Core.Models;

namespace NameGender.Bench;

/// <summary>
/// Draws first names the way a customer file holds them: from the model's lookup keys with
/// probability proportional to births^0.5, a long tail of tens of thousands of distinct names
/// (births^1 would give mostly the top hundred), plus misspelled and unseen spellings.
/// </summary>
internal sealed class NameSampler
{
    // About 2% of rows are misspellings the lookup mostly lacks, 0.2% letter noise, 0.1% blank.
    private const double Misspelled = 0.02;
    private const double Noise = 0.002;
    private const double Blank = 0.001;

    private readonly string[] _keys;
    private readonly double[] _cumulative;
    private readonly Random _random;

    public NameSampler(NameLookup lookup, Random random)
    {
        // Ordinal order, so the same model and seed give the same file.
        _keys = [.. lookup.Keys.Order(StringComparer.Ordinal)];
        _cumulative = new double[_keys.Length];
        var total = 0.0;
        for (var i = 0; i < _keys.Length; i++)
        {
            lookup.TryGet(_keys[i], out var evidence);
            total += Math.Sqrt(evidence!.Total);
            _cumulative[i] = total;
        }

        _random = random;
    }

    public string Next()
    {
        var roll = _random.NextDouble();
        if (roll < Blank)
        {
            return string.Empty;
        }

        if (roll < Blank + Noise)
        {
            return Capitalized(Letters(_random.Next(4, 9)));
        }

        var key = Draw();
        return Capitalized(roll < Blank + Noise + Misspelled ? Misspell(key) : key);
    }

    private string Draw()
    {
        var index = Array.BinarySearch(_cumulative, _random.NextDouble() * _cumulative[^1]);
        return _keys[index < 0 ? Math.Min(~index, _keys.Length - 1) : index];
    }

    private string Misspell(string key)
    {
        if (key.Length < 3)
        {
            return key + Letters(1);
        }

        var at = _random.Next(1, key.Length - 1);
        return _random.Next(4) switch
        {
            0 => string.Concat(key.AsSpan(0, at), Letters(1), key.AsSpan(at + 1)),
            1 => key.Remove(at, 1),
            2 => key.Insert(at, key[at].ToString()),
            _ => string.Concat(
                key.AsSpan(0, at), key.AsSpan(at + 1, 1), key.AsSpan(at, 1), key.AsSpan(at + 2)),
        };
    }

    private string Letters(int count) =>
        string.Create(count, _random, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + random.Next(26));
            }
        });

    private static string Capitalized(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));
}
