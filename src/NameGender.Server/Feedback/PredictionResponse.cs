namespace NameGender.Server.Feedback;

/// <summary>What Identify Gender or Predict Sentiment did.</summary>
/// <param name="Updated">Records whose prediction was written.</param>
/// <param name="Skipped">Records left as they were: set by hand, or already predicted by the same model.</param>
/// <param name="NotFound">Ids asked for that no record has.</param>
/// <param name="Model">The model that predicted: name@model_id for genders, the analyzer for sentiment.</param>
internal sealed record PredictionResponse(int Updated, int Skipped, IReadOnlyList<long> NotFound, string Model);
