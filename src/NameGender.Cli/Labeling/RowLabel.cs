using System.Collections.Concurrent;
using System.Text;
using NameGender.Cli.Output;
using NameGender.Core.Predictions;

namespace NameGender.Cli.Labeling;

/// <summary>
/// The cells a row gets in the added columns (gender, p_female, source, reason), already encoded
/// as UTF-8 so a cached label is copied into the output without formatting or transcoding.
/// </summary>
internal sealed class RowLabel
{
    // gender and source take a handful of values: one shared array each keeps cached labels small.
    private static readonly ConcurrentDictionary<string, byte[]> Shared = new(StringComparer.Ordinal);

    private RowLabel(Gender gender, byte[] genderCell, byte[] pFemale, byte[] source, byte[] reason)
    {
        Gender = gender;
        GenderCell = genderCell;
        PFemale = pFemale;
        Source = source;
        Reason = reason;
    }

    public Gender Gender { get; }

    public byte[] GenderCell { get; }

    public byte[] PFemale { get; }

    public byte[] Source { get; }

    public byte[] Reason { get; }

    public static RowLabel From(Prediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);

        return new RowLabel(
            prediction.Gender,
            SharedUtf8(PredictionFields.Gender(prediction)),
            Encoding.UTF8.GetBytes(PredictionFields.PFemale(prediction)),
            SharedUtf8(PredictionFields.Source(prediction)),
            Encoding.UTF8.GetBytes(prediction.Reason ?? string.Empty));
    }

    /// <summary>The label of a row that could not be read: unknown, with the problem as reason.</summary>
    public static RowLabel Unreadable(string problem) =>
        From(new Prediction(
            string.Empty, null, Gender.Unknown, null, 0, PredictionSource.None, $"unreadable row: {problem}"));

    private static byte[] SharedUtf8(string text) => Shared.GetOrAdd(text, Encoding.UTF8.GetBytes);
}
