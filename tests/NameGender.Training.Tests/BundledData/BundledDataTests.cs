using NameGender.Core.Data;
using NameGender.Core.Evaluation;
using NameGender.Core.Models;
using NameGender.Core.Names;
using NameGender.Core.Predictions;
using NameGender.Training.Import;

namespace NameGender.Training.Tests.BundledData;

/// <summary>
/// The shipped snapshot and default model, checked against each other and against the figures
/// the README states: real data, no fixtures.
/// </summary>
public sealed class BundledDataTests : IClassFixture<BundledDataTests.Loaded>
{
    private readonly Loaded _loaded;

    public BundledDataTests(Loaded loaded) => _loaded = loaded;

    [Fact]
    public void Snapshot_HoldsEveryNationalName1880To2024()
    {
        Assert.Equal(104_819, _loaded.Table.Names.Count);
        Assert.Equal(372_009_150, _loaded.Table.Names.Values.Sum(t => t.Total));
        Assert.Equal(new YearPeriod(1880, 2029), _loaded.Table.DataYears);
    }

    [Fact]
    public void HoldoutSplit_OnTheSsaNames_HoldsOut20990()
    {
        var split = HoldoutSplit.Create(0.2);

        Assert.Equal(20_990, _loaded.Table.Names.Keys.Count(split.IsHeldOut));
    }

    [Fact]
    public void DefaultModel_WasTrainedOnTheBundledSnapshot()
    {
        Assert.Equal(_loaded.Table.Fingerprint(), _loaded.Model.Manifest.DataFingerprint);
        Assert.Equal(104_819, _loaded.Model.Lookup.Count);
        Assert.Equal(0.2, _loaded.Model.Manifest.Training.Holdout);
        Assert.Equal(20_990, _loaded.Model.Manifest.Metrics.Holdout!.Names);
    }

    [Fact]
    public void DefaultModel_SmoothedLookupKeepsTheBayesCeilingOnAllBirths()
    {
        var predictor = new GenderPredictor(_loaded.Model);
        var scored = _loaded.Table.Names
            .Select(n => (new LabelledName(n.Key, n.Value.Female, n.Value.Male), predictor.Predict(n.Key)))
            .ToList();

        var summary = Evaluator.Summarize(scored, predictor.Threshold);

        Assert.Equal(0.9787, summary.BayesCeiling, precision: 4);
        Assert.InRange(summary.BayesCeiling - summary.BirthWeightedAccuracy, 0, 0.001);
        Assert.All(scored, s => Assert.Equal(PredictionSource.Lookup, s.Item2.Source));
    }

    [Theory]
    [InlineData("Lady", Gender.Female)]
    [InlineData("Sir", Gender.Male)]
    public void DefaultModel_ALoneTitleThatSsaRecordsAsAName_IsLookedUp(string input, Gender gender)
    {
        var prediction = new GenderPredictor(_loaded.Model).Predict(input);

        Assert.Equal(PredictionSource.Lookup, prediction.Source);
        Assert.Equal(gender, prediction.Gender);
    }

    [Theory]
    [InlineData("Mrs")]
    [InlineData("Dr")]
    [InlineData("Prof.")]
    public void DefaultModel_ALoneTitleThatNamesNobody_IsUnknown(string input)
    {
        var prediction = new GenderPredictor(_loaded.Model).Predict(input);

        Assert.Equal(PredictionSource.None, prediction.Source);
        Assert.Equal(NameNormalizer.TitleOnlyReason, prediction.Reason);
    }

    /// <summary>The snapshot summed as training sums it, and the default model; read once.</summary>
    public sealed class Loaded
    {
        public Loaded()
        {
            var import = NameDataImporter.Import(RepositoryFiles.Snapshot, new ImportOptions());
            Table = new CountTable();
            foreach (var record in import.Records)
            {
                Table.Add(record, import.Source.Kind);
            }

            Model = ModelFile.Load(RepositoryFiles.DefaultModel);
        }

        internal CountTable Table { get; }

        public GenderModel Model { get; }
    }
}
