using System.Text.Json;
using NameGender.Core.Predictions;
using NameGender.Core.Serialization;
using NameGender.Server.Predictions;

namespace NameGender.Server.Tests.StoreServing;

/// <summary>The verbose prediction record: the prediction contract's fields, then model_version.</summary>
public sealed class VersionedPredictionTests
{
    [Fact]
    public void Of_Serialized_HasEveryFieldOfThePredictionInOrderThenTheModelVersion()
    {
        var prediction = new Prediction("Tom", "tom", Gender.Male, 0.004, 52000, PredictionSource.Lookup, null)
        {
            Country = "US",
        };

        var expected = FieldsOf(JsonSerializer.SerializeToElement(prediction, NameGenderJson.Options));
        var record = JsonSerializer.SerializeToElement(
            VersionedPrediction.Of(prediction, "20261203-195319-8409d71072eb"), NameGenderJson.Options);

        Assert.Equal(
            [.. expected, new("model_version", "\"20261203-195319-8409d71072eb\"")], FieldsOf(record));
    }

    private static List<KeyValuePair<string, string>> FieldsOf(JsonElement json) =>
        [.. json.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetRawText()))];
}
