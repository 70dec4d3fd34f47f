using System.Text.Json;
using NameGender.Core.Serialization;
using NameGender.Server.Api;
using NameGender.Server.Feedback;
using NameGender.Server.Requests;

namespace NameGender.Server.Tests.Requests;

/// <summary>
/// A house rule as a test: each JSON body's shape lists exactly the fields its type binds, so an
/// unknown field is refused by name and no field the type takes is refused.
/// </summary>
public sealed class JsonBodyShapeTests
{
    [Theory]
    [InlineData(nameof(GenderBatchRequest))]
    [InlineData(nameof(FeedbackSubmission))]
    [InlineData(nameof(PredictionRequest))]
    public void Shape_Fields_AreExactlyTheTypesJsonProperties(string body)
    {
        var (type, shape) = Body(body);
        var properties = NameGenderJson.Options.GetTypeInfo(type).Properties.Select(p => p.Name);

        Assert.Equal(properties.Order(StringComparer.Ordinal), shape.Fields.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(nameof(GenderBatchRequest))]
    [InlineData(nameof(FeedbackSubmission))]
    [InlineData(nameof(PredictionRequest))]
    public void Shape_Example_IsAValidBodyOfTheType(string body)
    {
        var (type, shape) = Body(body);

        Assert.NotNull(JsonSerializer.Deserialize(shape.Example, type, NameGenderJson.Options));
    }

    private static (Type Type, JsonBodyShape Shape) Body(string name) => name switch
    {
        nameof(GenderBatchRequest) => (typeof(GenderBatchRequest), GenderBatchRequest.Shape),
        nameof(FeedbackSubmission) => (typeof(FeedbackSubmission), FeedbackSubmission.Shape),
        _ => (typeof(PredictionRequest), PredictionRequest.Shape),
    };
}
