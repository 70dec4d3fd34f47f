using NameGender.Core.Models;
using NameGender.Core.Predictions;
using NameGender.Core.Tests.Fixtures;

namespace NameGender.Core.Tests.Predictions;

/// <summary>
/// Names in the scripts a model was trained on (Cyrillic, Greek, Hangul, Han) are answered, by the
/// lookup or the character model, and never refused as not-a-name.
/// </summary>
public sealed class ScriptPredictionTests : IClassFixture<ScriptPredictionTests.ScriptModel>
{
    private readonly GenderPredictor _predictor;

    public ScriptPredictionTests(ScriptModel fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _predictor = new GenderPredictor(fixture.Model);
    }

    [Theory]
    [InlineData("Анна", Gender.Female)]
    [InlineData("Иван", Gender.Male)]
    [InlineData("Ελένη", Gender.Female)]
    [InlineData("민준", Gender.Male)]
    [InlineData("王芳", Gender.Female)]
    public void Predict_TrainedNameInAnotherScript_AnswersFromTheLookup(string name, Gender gender)
    {
        var prediction = _predictor.Predict(name);

        Assert.Equal(PredictionSource.Lookup, prediction.Source);
        Assert.Equal(gender, prediction.Gender);
    }

    [Fact]
    public void Predict_NameWithASyllableNoTrainingNameHas_IsRefusedNamingTheScript()
    {
        var prediction = _predictor.Predict("서연");

        Assert.Equal(PredictionSource.None, prediction.Source);
        Assert.StartsWith("Hangul letter '연'", prediction.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Анастасия")]
    [InlineData("Νικόλαος")]
    [InlineData("서은")]
    public void Predict_UnseenNameInATrainedScript_TheCharacterModelAnswers(string name)
    {
        var prediction = _predictor.Predict(name);

        Assert.Equal(PredictionSource.Model, prediction.Source);
        Assert.NotNull(prediction.PFemale);
        Assert.DoesNotContain("occurs in none", prediction.Reason ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("unlike", prediction.Reason ?? string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Latin names with counts, and WGND-style labels in four other scripts.</summary>
    public sealed class ScriptModel
    {
        private const string Labels = """
            name,gender,gchar12,gchar1,gchar2
            Анна,F,,,
            Анастас,M,,,
            Анастасия,F,,,
            Мария,F,,,
            Наталия,F,,,
            Иван,M,,,
            Николай,M,,,
            Ελένη,F,,,
            Νικόλαος,M,,,
            Νικολέτα,F,,,
            Γιώργος,M,,,
            Μαρία,F,,,
            민준,M,,,
            서준,M,,,
            지우,F,,,
            하은,F,,,
            서은,F,,,
            王芳,F,王芳,王,芳
            李伟,M,李伟,李,伟
            """;

        public ScriptModel()
        {
            // The unseen names of the tests are held out: they are absent from the training lists.
            var labels = string.Join('\n', Labels.Split('\n')
                .Where(line => !line.StartsWith("Анастасия", StringComparison.Ordinal)
                    && !line.StartsWith("Νικόλαος", StringComparison.Ordinal)
                    && !line.StartsWith("서은", StringComparison.Ordinal)));
            Model = FixtureModels.Train([FixtureModels.SmallSsa, labels], SmallModelFixture.Options);
        }

        public GenderModel Model { get; }
    }
}
