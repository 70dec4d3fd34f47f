namespace NameGender.Feedback.Storage;

/// <summary>The records a prediction run covers.</summary>
/// <param name="Ids">The records asked for; null for every pending record.</param>
/// <param name="ModelVersion">The model that will predict (gender only; null for sentiment).</param>
/// <param name="Force">Predict again records already predicted by the same model or already scored.</param>
public sealed record WorkSelection(IReadOnlyCollection<long>? Ids, string? ModelVersion, bool Force);
