using NameGender.Server.Requests;

namespace NameGender.Server.Feedback;

/// <summary>The body of identify-gender and predict-sentiment: ids to predict for, or none for all pending.</summary>
/// <param name="Ids">The records; missing or null for every pending record.</param>
/// <param name="Force">Predict again records the same model already predicted (or already scored); never a manual gender.</param>
internal sealed record PredictionRequest(IReadOnlyList<long>? Ids, bool Force)
{
    public static JsonBodyShape Shape { get; } = new(
        """{"ids": [1, 2], "force": false}""",
        new Dictionary<string, string>
        {
            ["ids"] = "an array of record ids (whole numbers), or null for every pending record",
            ["force"] = "true or false",
        });
}
