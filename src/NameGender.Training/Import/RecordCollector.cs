using System.Globalization;
using NameGender.Core.Data;

namespace NameGender.Training.Import;

/// <summary>
/// Receives the records the readers find: keeps each one, pools name strings, counts lines, and
/// either throws at a bad line or reports it, as the options say.
/// </summary>
internal sealed class RecordCollector(
    ImportOptions options, string source, CancellationToken cancellationToken)
{
    // Checking the token on every line would cost more than the line; this many take microseconds.
    private const int LinesPerCancellationCheck = 4096;

    private readonly List<NameCount> _records = [];
    private readonly List<BadLine> _badLines = [];
    private readonly NamePool _names = new();
    private readonly SortedSet<string> _countries = new(StringComparer.Ordinal);
    private string? _formatCountry;
    private long _linesRead;
    private long _skippedUnknownSex;
    private long _namesUnderBothSexes;
    private long _totalCount;

    public ImportOptions Options => options;

    public CancellationToken CancellationToken => cancellationToken;

    public IReadOnlyList<NameCount> Records => _records;

    public long TotalCount => _totalCount;

    /// <summary>The countries the records carry, in ordinal order.</summary>
    public IReadOnlyList<string> Countries => [.. _countries];

    /// <summary>Makes room for <paramref name="count"/> more records.</summary>
    public void Reserve(int count) => _records.EnsureCapacity(_records.Count + count);

    public void CountLine()
    {
        _linesRead++;
        if (_linesRead % LinesPerCancellationCheck == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// The country of the format itself (the SSA data are US births), for records that name none
    /// when the input was given no country either.
    /// </summary>
    public void AssumeFormatCountry(string code) => _formatCountry = code;

    /// <summary>
    /// Keeps a record. Its country is its own (a CSV cell, a list's language) when it has one, else
    /// the input's (<see cref="ImportOptions.Country"/>), else the format's, else none.
    /// </summary>
    public void Add(string name, Sex sex, YearPeriod? period, long count, string? country = null)
    {
        if (long.MaxValue - _totalCount < count)
        {
            throw new ImportException(source, null, string.Create(CultureInfo.InvariantCulture,
                $"{source}: the counts add up to more than {long.MaxValue}"));
        }

        var recorded = country ?? options.Country ?? _formatCountry;
        if (recorded is not null)
        {
            _countries.Add(recorded);
        }

        _totalCount += count;
        _records.Add(new NameCount(_names.Intern(name), sex, period, count, recorded));
    }

    public void SkipUnknownSex() => _skippedUnknownSex++;

    public void CountNameUnderBothSexes() => _namesUnderBothSexes++;

    public void Reject(BadLine badLine)
    {
        if (!options.SkipBadLines)
        {
            throw new ImportException(badLine);
        }

        _badLines.Add(badLine);
        options.OnBadLine?.Invoke(badLine);
    }

    public ImportReport Report() => new()
    {
        LinesRead = _linesRead,
        RecordsImported = _records.Count,
        SkippedUnknownSex = _skippedUnknownSex,
        NamesUnderBothSexes = _namesUnderBothSexes,
        BadLines = _badLines,
    };
}
