namespace NameGender.Cli.Labeling;

/// <summary>A row's label when it is known, else the index of the prediction the row waits for.</summary>
/// <param name="Label">The label, or null while the prediction is pending.</param>
/// <param name="Prediction">The index among the batch's pending predictions; -1 when known.</param>
internal readonly record struct PendingLabel(RowLabel? Label, int Prediction)
{
    public static PendingLabel Known(RowLabel label) => new(label, -1);
}
