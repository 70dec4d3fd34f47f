using NameGender.Core.Predictions;

namespace NameGender.Server.Api;

/// <summary>The answer of POST /api/v1/gender: one prediction per name, in input order.</summary>
internal sealed record GenderBatchResponse(IReadOnlyList<Prediction> Predictions);
