namespace NameGender.Server.SageMaker;

/// <summary>The answer of a healthy /ping: which model is served.</summary>
/// <param name="Status">Always "ready".</param>
/// <param name="Model">The model's name from its manifest.</param>
/// <param name="ModelId">The model's content hash.</param>
/// <param name="ModelVersion">The version predictions report (see /api/v1/model).</param>
internal sealed record PingAnswer(string Status, string Model, string ModelId, string ModelVersion);
