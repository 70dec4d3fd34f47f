namespace NameGender.Feedback.Identification;

/// <summary>What a prediction run did.</summary>
/// <param name="Updated">Records whose prediction was written.</param>
/// <param name="Skipped">
/// Records left as they were: set by hand, already predicted by the same model (or already scored),
/// or written by a concurrent run first.
/// </param>
/// <param name="NotFound">Ids asked for that no record has.</param>
public sealed record RunOutcome(int Updated, int Skipped, IReadOnlyList<long> NotFound);
