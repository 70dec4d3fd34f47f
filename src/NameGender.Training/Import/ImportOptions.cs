using NameGender.Core.Data;

namespace NameGender.Training.Import;

/// <summary>How <see cref="NameDataImporter"/> treats label rows, countries and bad lines.</summary>
public sealed record ImportOptions
{
    /// <summary>The count a label row carries unless <see cref="LabelWeight"/> is set.</summary>
    public const long DefaultLabelWeight = 10;

    private readonly long _labelWeight = DefaultLabelWeight;
    private readonly string? _country;

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
    /// The country (ISO 3166-1 alpha-2, any case) of every record of the input that does not name
    /// its own: a CSV row with a blank or absent country column, a list of a language spoken in many
    /// countries. It also replaces the US of the SSA formats. Null: records keep their own country
    /// or none.
    /// </summary>
    /// <exception cref="ArgumentException">Not an assigned ISO 3166-1 alpha-2 code.</exception>
    public string? Country
    {
        get => _country;
        init
        {
            if (value is null)
            {
                _country = null;
                return;
            }

            if (!CountryCode.TryNormalize(value, out var code))
            {
                throw new ArgumentException($"expected {CountryCode.Expected}; found '{value}'", nameof(value));
            }

            _country = code;
        }
    }

    /// <summary>Who published the input and under which licence, recorded in the model's manifest.</summary>
    public SourceAttribution? Attribution { get; init; }

    /// <summary>
    /// When true, a bad line is reported (<see cref="ImportReport.BadLines"/> and
    /// <see cref="OnBadLine"/>) and the import goes on; when false (the default) the first bad line
    /// throws <see cref="ImportException"/>. Missing header columns are always fatal.
    /// </summary>
    public bool SkipBadLines { get; init; }

    /// <summary>Called for each bad line when found, if <see cref="SkipBadLines"/> is on.</summary>
    public Action<BadLine>? OnBadLine { get; init; }
}
