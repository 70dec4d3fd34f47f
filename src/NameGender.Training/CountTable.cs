using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NameGender.Core.Data;
using NameGender.Core.Names;
using NameGender.Training.Import;

namespace NameGender.Training;

/// <summary>
/// Imported records summed per normalized key and birth decade: the form training works on. Sums
/// do not depend on record order, so equal female and male counts stay a tie however lines are
/// ordered.
/// </summary>
internal sealed class CountTable
{
    private readonly Dictionary<string, NameTotals> _names = new(StringComparer.Ordinal);

    // Importers intern names, so each distinct spelling is normalized once.
    private readonly Dictionary<string, string?> _keys = new(StringComparer.Ordinal);

    public int FirstYear { get; private set; } = int.MaxValue;

    public int LastYear { get; private set; } = int.MinValue;

    /// <summary>Records whose name has no usable given name (e.g. "Mrs Hale"), left out of training.</summary>
    public long UnusableRecords { get; private set; }

    public IReadOnlyDictionary<string, NameTotals> Names => _names;

    /// <summary>
    /// The names in ordinal key order. Learners see rows in this order, so the same data give the
    /// same model whatever order or format the inputs came in.
    /// </summary>
    public IEnumerable<KeyValuePair<string, NameTotals>> SortedNames() =>
        _names.OrderBy(n => n.Key, StringComparer.Ordinal);

    /// <summary>The countries with counts, in ordinal order ("" for sources without a country left out).</summary>
    public IReadOnlyList<string> Countries() =>
        [.. _names.Values.SelectMany(n => n.Countries.Keys).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal)];

    public YearPeriod? DataYears => FirstYear <= LastYear ? new YearPeriod(FirstYear, LastYear) : null;

    public void Add(NameCount record, SourceKind kind)
    {
        if (!_keys.TryGetValue(record.Name, out var key))
        {
            var normalized = NameNormalizer.NormalizeRecordedName(record.Name);
            key = normalized.IsUsable ? normalized.Candidates[0] : null;
            _keys[record.Name] = key;
        }

        if (key is null)
        {
            UnusableRecords++;
            return;
        }

        if (!_names.TryGetValue(key, out var totals))
        {
            totals = new NameTotals();
            _names[key] = totals;
        }

        var female = record.Sex == Sex.Female;
        var country = totals.For(record.Country);
        if (kind == SourceKind.Labels)
        {
            country.AddLabel(female, record.Count);
            return;
        }

        int? decade = null;
        if (record.Period is { } period)
        {
            decade = YearPeriod.DecadeOf(period.First).First;
            FirstYear = Math.Min(FirstYear, period.First);
            LastYear = Math.Max(LastYear, period.Last);
        }

        country.AddBirths(female, decade, record.Count);
    }

    /// <summary>
    /// SHA-256 over the summed counts in key order: the same data give the same fingerprint
    /// whichever files and formats they came in.
    /// </summary>
    public string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (key, totals) in _names.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            var line = new StringBuilder(key);
            foreach (var (code, country) in totals.Countries)
            {
                line.Append(CultureInfo.InvariantCulture, $"\t[{code}]\t{country.UndatedFemale}\t{country.UndatedMale}");
                line.Append(CultureInfo.InvariantCulture, $"\t{country.LabelFemale}\t{country.LabelMale}");
                foreach (var (decade, (female, male)) in country.Decades)
                {
                    line.Append(CultureInfo.InvariantCulture, $"\t{decade}:{female}:{male}");
                }
            }

            line.Append('\n');
            hash.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
