namespace NameGender.Feedback.Identification;

/// <summary>What Identify Gender or Predict Sentiment was asked to do.</summary>
/// <param name="Ids">The records to predict for; null for every pending record.</param>
/// <param name="Force">Predict again records already predicted by the same model, or already scored.</param>
public sealed record PredictionRun(IReadOnlyCollection<long>? Ids, bool Force)
{
    public static PredictionRun AllPending { get; } = new(null, Force: false);
}
