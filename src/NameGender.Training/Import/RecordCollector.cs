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
    private long _linesRead;
    private long _skippedUnknownSex;
    private long _totalCount;

    public ImportOptions Options => options;

    public CancellationToken CancellationToken => cancellationToken;

    public IReadOnlyList<NameCount> Records => _records;

    public long TotalCount => _totalCount;

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

    public void Add(string name, Sex sex, YearPeriod? period, long count)
    {
        if (long.MaxValue - _totalCount < count)
        {
            throw new ImportException(source, null, string.Create(CultureInfo.InvariantCulture,
                $"{source}: the counts add up to more than {long.MaxValue}"));
        }

        _totalCount += count;
        _records.Add(new NameCount(_names.Intern(name), sex, period, count));
    }

    public void SkipUnknownSex() => _skippedUnknownSex++;

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
        BadLines = _badLines,
    };
}
