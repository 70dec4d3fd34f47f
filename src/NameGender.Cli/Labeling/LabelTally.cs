using System.Runtime.CompilerServices;
using NameGender.Core.Predictions;

namespace NameGender.Cli.Labeling;

/// <summary>The running counts of one labelling run, which end as its <see cref="LabelSummary"/>.</summary>
internal sealed class LabelTally
{
    private readonly List<UnreadableRow> _firstUnreadable = [];
    private long _female;
    private long _male;
    private long _unknown;
    private long _unreadable;

    public long Rows => _female + _male + _unknown;

    // Compiled fully optimized from the first call: the labeler's hot path (see LabelPass).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count(RowLabel label)
    {
        switch (label.Gender)
        {
            case Gender.Female:
                _female++;
                break;
            case Gender.Male:
                _male++;
                break;
            default:
                _unknown++;
                break;
        }
    }

    public void Unreadable(UnreadableRow row)
    {
        _unreadable++;
        if (_firstUnreadable.Count < LabelSummary.UnreadableRowsKept)
        {
            _firstUnreadable.Add(row);
        }
    }


    public LabelSummary ToSummary(TimeSpan elapsed) => new()
    {
        Rows = Rows,
        Female = _female,
        Male = _male,
        Unknown = _unknown,
        UnreadableRows = _unreadable,
        FirstUnreadableRows = _firstUnreadable,
        Elapsed = elapsed,
    };
}
