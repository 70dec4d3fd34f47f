using NameGender.Server.Predictions;

namespace NameGender.Server.Api;

/// <summary>
/// The answer of POST /api/v1/gender: one prediction per name, in input order, each with the
/// version of the model that answered (one model answers a whole batch).
/// </summary>
internal sealed record GenderBatchResponse(IReadOnlyList<VersionedPrediction> Predictions);
