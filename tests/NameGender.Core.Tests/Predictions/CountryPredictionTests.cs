using NameGender.Core.Models;
using NameGender.Core.Predictions;
using NameGender.Core.Tests.Fixtures;

namespace NameGender.Core.Tests.Predictions;

public sealed class CountryPredictionTests : IClassFixture<CountryPredictionTests.CountryModel>
{
    private readonly GenderModel _model;
    private readonly GenderPredictor _predictor;

    public CountryPredictionTests(CountryModel fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _model = fixture.Model;
        _predictor = new GenderPredictor(_model);
    }

    [Theory]
    [InlineData("IT", Gender.Male, 5030)]
    [InlineData("US", Gender.Female, 9040)]
    [InlineData("ES", Gender.Female, 8100)]
    [InlineData("it", Gender.Male, 5030)]
    public void Predict_WithACountryThatHasEvidence_ThatCountryDecides(string country, Gender gender, long evidence)
    {
        var prediction = _predictor.Predict("Andrea", country: country);

        Assert.Equal(gender, prediction.Gender);
        Assert.Equal(country.ToUpperInvariant(), prediction.Country);
        Assert.Equal(evidence, prediction.Evidence);
        Assert.Equal(PredictionSource.Lookup, prediction.Source);
    }

    [Fact]
    public void Predict_WithoutCountry_NameWhoseCountriesDisagree_IsUnknownNamingThem()
    {
        var prediction = _predictor.Predict("Andrea");

        Assert.Equal(Gender.Unknown, prediction.Gender);
        Assert.StartsWith("countries disagree: IT male", prediction.Reason, StringComparison.Ordinal);
        Assert.Contains("US female", prediction.Reason, StringComparison.Ordinal);
        Assert.Equal("ES,IT,US", prediction.Country);
        Assert.NotNull(prediction.PFemale);
    }

    [Fact]
    public void Predict_WithoutCountry_PoolsEachCountrysEstimateWithEqualWeights()
    {
        Assert.True(_model.Lookup.TryGet("maria", out var maria));
        var strength = _model.Manifest.Predictor.PriorStrength;
        var estimates = maria.Countries.Select(c => (
            P: (c.Female + (strength * maria.Prior)) / (c.Total + strength),
            W: c.Total > 0 ? 1.0 : 0.0));
        var expected = estimates.Sum(e => e.P * e.W) / estimates.Sum(e => e.W);

        var prediction = _predictor.Predict("Maria");

        Assert.Equal(expected, prediction.PFemale!.Value, precision: 9);
        Assert.Equal(Gender.Female, prediction.Gender);
        Assert.Equal("ES,IT,US", prediction.Country);
        Assert.Equal(22_100, prediction.Evidence);
    }

    [Fact]
    public void Predict_CountryWithoutEvidence_OtherCountriesAnswerWithLessWeight()
    {
        Assert.True(_model.Lookup.TryGet("luca", out var luca));
        var strength = _model.Manifest.Predictor.PriorStrength;
        var discount = _model.Manifest.Predictor.Pooling.OtherCountriesDiscount;
        // Luca has 2,000 male births in Italy and no female ones: only the prior is female.
        var expected = strength * luca.Prior / ((2000 * discount) + strength);

        var prediction = _predictor.Predict("Luca", country: "US");

        Assert.Equal("IT", prediction.Country);
        Assert.Equal(expected, prediction.PFemale!.Value, precision: 9);
        Assert.Equal(Gender.Male, prediction.Gender);
    }

    [Fact]
    public void Predict_NameNoCountrySaw_TheCharacterModelAnswersWithoutACountry()
    {
        var prediction = _predictor.Predict("Mariella", country: "IT");

        Assert.Equal(PredictionSource.Model, prediction.Source);
        Assert.Null(prediction.Country);
    }

    [Fact]
    public void Predict_InvalidCountryCode_IsTreatedAsNoCountry()
    {
        Assert.Equal(_predictor.Predict("Andrea"), _predictor.Predict("Andrea", country: "Italy"));
    }

    [Fact]
    public void Predict_LabelOnlyEvidence_AnswersFromTheLookupWithTheLabelWeight()
    {
        var prediction = _predictor.Predict("Sasha");

        Assert.Equal(PredictionSource.Lookup, prediction.Source);
        Assert.Equal(30, prediction.Evidence);
        Assert.Null(prediction.Country);
        Assert.True(_model.Lookup.TryGet("sasha", out var sasha));
        Assert.True(Assert.Single(sasha.Countries).IsLabelsOnly);
    }

    [Fact]
    public void Manifest_ListsTheCountries()
    {
        Assert.Equal(["ES", "IT", "US"], _model.Manifest.Countries);
    }

    /// <summary>Three countries' counts and a label list without a country, trained once.</summary>
    public sealed class CountryModel
    {
        private const string Counts = """
            name,sex,count,country
            Andrea,F,9000,US
            Andrea,M,40,US
            Andrea,M,5000,IT
            Andrea,F,30,IT
            Andrea,F,8000,ES
            Andrea,M,100,ES
            Maria,F,12000,US
            Maria,F,4000,IT
            Maria,F,6000,ES
            Maria,M,100,ES
            Luca,M,2000,IT
            Mateo,M,3000,ES
            Emily,F,9000,US
            Robert,M,11000,US
            John,M,13000,US
            Giulia,F,3000,IT
            Marco,M,3500,IT
            Lucia,F,2500,ES
            Carlos,M,4000,ES
            Hannah,F,6000,US
            Daniel,M,8000,US
            """;

        private const string Labels = """
            name,gender
            Sasha,F
            Sasha,F
            Sasha,F
            """;

        public CountryModel()
        {
            Model = FixtureModels.Train([Counts, Labels], SmallModelFixture.Options);
        }

        public GenderModel Model { get; }
    }
}
