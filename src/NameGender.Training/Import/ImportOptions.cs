namespace NameGender.Training.Import;

/// <summary>How <see cref="NameDataImporter"/> treats label rows and bad lines.</summary>
public sealed class ImportOptions
{
    /// <summary>The count a label row carries unless <see cref="LabelWeight"/> is set.</summary>
    public const long DefaultLabelWeight = 10;

    private readonly long _labelWeight = DefaultLabelWeight;

    /// <summary>
    /// The count each row of a CSV without a count column carries: such a row is one person's
    /// label, not a number of births, so it enters with this documented weight. Default 10; at
    /// least 1.
    /// </summary>
    public long LabelWeight
    {
        get => _labelWeight;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _labelWeight = value;
        }
    }

    /// <summary>
    /// When true, a bad line is reported (<see cref="ImportReport.BadLines"/> and
    /// <see cref="OnBadLine"/>) and the import goes on; when false (the default) the first bad line
    /// throws <see cref="ImportException"/>. Missing header columns are always fatal.
    /// </summary>
    public bool SkipBadLines { get; init; }

    /// <summary>Called for each bad line when found, if <see cref="SkipBadLines"/> is on.</summary>
    public Action<BadLine>? OnBadLine { get; init; }
}
