using NameGender.Core.Data;
using NameGender.Core.Models;
using NameGender.Core.Predictions;
using NameGender.Core.Tests.Fixtures;

namespace NameGender.Core.Tests.Predictions;

public sealed class GenderPredictorTests : IClassFixture<SmallModelFixture>
{
    private readonly GenderModel _model;
    private readonly GenderPredictor _predictor;

    public GenderPredictorTests(SmallModelFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _model = fixture.Model;
        _predictor = new GenderPredictor(_model);
    }

    [Fact]
    public void Predict_FrequentName_AnswersFromTheLookupWithItsBirths()
    {
        var prediction = _predictor.Predict("Emily");

        Assert.Equal(Gender.Female, prediction.Gender);
        Assert.Equal(PredictionSource.Lookup, prediction.Source);
        Assert.Equal(9020, prediction.Evidence);
        Assert.Equal("emily", prediction.Normalized);
        Assert.Null(prediction.Reason);
    }

    [Fact]
    public void Predict_NameSeenThreeTimes_IsSmoothedTowardsThePriorNotCertain()
    {
        Assert.True(_model.Lookup.TryGet("tess", out var tess));
        var strength = _model.Manifest.Predictor.PriorStrength;

        var prediction = _predictor.Predict("Tess");

        var expected = (3 + (strength * tess.Prior)) / (3 + strength);
        Assert.Equal(expected, prediction.PFemale!.Value, precision: 9);
        Assert.True(prediction.PFemale < 0.99, $"p_female {prediction.PFemale} should not be near certain");
    }

    [Fact]
    public void Predict_SmoothedLargeCounts_KeepTheirMajority()
    {
        var robert = _predictor.Predict("Robert");

        Assert.Equal(Gender.Male, robert.Gender);
        Assert.Equal(40.0 / 11040, robert.PFemale!.Value, precision: 3);
    }

    [Fact]
    public void Predict_WithBirthRange_CountsOnlyThoseDecades()
    {
        var early = _predictor.Predict("Leslie", new YearPeriod(1920, 1929));
        var late = _predictor.Predict("Leslie", new YearPeriod(1960, 1969));

        Assert.Equal(Gender.Male, early.Gender);
        Assert.Equal(3100, early.Evidence);
        Assert.Equal(Gender.Female, late.Gender);
        Assert.Equal(4150, late.Evidence);
    }

    [Fact]
    public void Predict_RangeCuttingADecade_TakesTheCoveredShareOfIt()
    {
        // 1925-1934 covers half of the 1920s and none of the 1960s: half of 3,100 births.
        var prediction = _predictor.Predict("Leslie", new YearPeriod(1925, 1934));

        Assert.Equal(1550, prediction.Evidence);
        Assert.Equal(Gender.Male, prediction.Gender);
    }

    [Fact]
    public void Predict_RangeWithoutBirthsOfTheName_FallsBackToTheCharacterModel()
    {
        var prediction = _predictor.Predict("Leslie", new YearPeriod(2000, 2009));

        Assert.Equal(PredictionSource.Model, prediction.Source);
        Assert.Equal(0, prediction.Evidence);
        Assert.NotNull(prediction.PFemale);
    }

    [Fact]
    public void Predict_AmbiguousName_IsUnknownBelowTheThresholdWithItsProbability()
    {
        var strict = new GenderPredictor(_model, new PredictorOptions { Threshold = 0.9 });

        var prediction = strict.Predict("Jordan");

        Assert.Equal(Gender.Unknown, prediction.Gender);
        Assert.Equal(PredictionSource.Lookup, prediction.Source);
        Assert.InRange(prediction.PFemale!.Value, 0.35, 0.45);
        Assert.Contains("threshold 0.90", prediction.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_ThresholdOfOneHalf_AlwaysAnswers()
    {
        var lenient = new GenderPredictor(_model, new PredictorOptions { Threshold = 0.5 });

        Assert.Equal(Gender.Male, lenient.Predict("Jordan").Gender);
    }

    [Fact]
    public void Predict_StringUnlikeAnyName_IsUnknownWithTheTrigramReason()
    {
        var prediction = _predictor.Predict("Xqzvbnt");

        Assert.Equal(Gender.Unknown, prediction.Gender);
        Assert.Equal(PredictionSource.Model, prediction.Source);
        Assert.NotNull(prediction.PFemale);
        Assert.StartsWith("unlike any name in the training data", prediction.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_UnseenButNameLikeSpelling_AnswersFromTheModel()
    {
        var prediction = new GenderPredictor(_model, new PredictorOptions { Threshold = 0.5 }).Predict("Mariella");

        Assert.Equal(PredictionSource.Model, prediction.Source);
        Assert.Equal(0, prediction.Evidence);
        Assert.Null(prediction.Reason);
        Assert.Equal(Gender.Female, prediction.Gender);
    }

    [Theory]
    [InlineData("Анна", "Cyrillic")]
    [InlineData("小明", "Han")]
    public void Predict_ScriptTheModelNeverSaw_IsUnknownWithoutProbability(string input, string script)
    {
        var prediction = _predictor.Predict(input);

        Assert.Equal(Gender.Unknown, prediction.Gender);
        Assert.Equal(PredictionSource.None, prediction.Source);
        Assert.Null(prediction.PFemale);
        Assert.StartsWith(script, prediction.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_NoGivenName_IsUnknownWithTheNormalizerReason()
    {
        var prediction = _predictor.Predict("Mrs Hale");

        Assert.Equal(PredictionSource.None, prediction.Source);
        Assert.Null(prediction.PFemale);
        Assert.Null(prediction.Normalized);
        Assert.Equal("Mrs Hale", prediction.Input);
    }

    [Fact]
    public void Predict_CompoundGivenName_UsesTheJoinedFormWhenTheDataHaveIt()
    {
        Assert.Equal("maryann", _predictor.Predict("Mary Ann Smith").Normalized);
        Assert.Equal("mary", _predictor.Predict("Mary Beth Smith").Normalized);
    }

    [Fact]
    public void Predict_FullName_UsesOnlyTheGivenName()
    {
        var prediction = _predictor.Predict("CARTER, EMILY J");

        Assert.Equal("emily", prediction.Normalized);
        Assert.Equal(_predictor.Predict("Emily").PFemale, prediction.PFemale);
    }
}
