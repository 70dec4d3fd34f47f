using System.Buffers;
using NameGender.Cli.Output;
using NameGender.Core.Predictions;

namespace NameGender.Cli.Labeling;

/// <summary>
/// What a row gets in the added columns: gender, p_female, source and reason, already encoded as
/// one run of CSV fields, so writing a cached label is a single copy.
/// </summary>
/// <remarks>
/// A value, not an object: the cache holds it inside its entries, so a row with a cached name
/// reaches into memory once, for the cells, rather than twice. With a hundred thousand names
/// cached, those reads miss the CPU cache and are what a labelled row mostly costs.
/// </remarks>
/// <param name="Gender">The answer, for the counts.</param>
/// <param name="Cells">The four cells, quoted where needed and separated by the delimiter.</param>
internal readonly record struct RowLabel(Gender Gender, byte[] Cells)
{

    public static RowLabel From(Prediction prediction, CsvEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(encoder);

        var cells = new ArrayBufferWriter<byte>(64);
        encoder.Field(PredictionFields.Gender(prediction), cells);
        cells.Write([encoder.Delimiter]);
        encoder.Field(PredictionFields.PFemale(prediction), cells);
        cells.Write([encoder.Delimiter]);
        encoder.Field(PredictionFields.Source(prediction), cells);
        cells.Write([encoder.Delimiter]);
        encoder.Field(prediction.Reason ?? string.Empty, cells);
        return new RowLabel(prediction.Gender, cells.WrittenSpan.ToArray());
    }

    /// <summary>The label of a row that could not be read: unknown, with the problem as reason.</summary>
    public static RowLabel Unreadable(string problem, CsvEncoder encoder)
    {
        var unknown = new Prediction(
            string.Empty, null, Gender.Unknown, null, 0, PredictionSource.None, $"unreadable row: {problem}");
        return From(unknown, encoder);
    }
}
