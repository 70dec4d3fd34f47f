using NameGender.Core.Models;
using NameGender.Core.Predictions;
using NameGender.Feedback.Identification;

namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>The bundled default model, copied beside the tests, loaded once for the whole run.</summary>
public static class BundledModel
{
    private static readonly Lazy<GenderPredictor> LazyPredictor = new(
        () => new GenderPredictor(ModelFile.Load(ModelPath)));

    public static string ModelPath => Path.Combine(AppContext.BaseDirectory, "models", "default.ngmodel");

    public static GenderPredictor Predictor => LazyPredictor.Value;

    public static string Version => ModelVersions.Of(Predictor.Model.Manifest);

    public static Prediction Predict(string name, string? country) => Predictor.Predict(name, country: country);
}
