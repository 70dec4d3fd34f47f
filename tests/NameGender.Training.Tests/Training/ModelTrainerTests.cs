using Microsoft.Extensions.Logging.Abstractions;
using NameGender.Core.Evaluation;
using NameGender.Core.Models;
using NameGender.Core.Predictions;
using NameGender.Training.Import;
using NameGender.Training.Tests.Import;

namespace NameGender.Training.Tests.Training;

public sealed class ModelTrainerTests : IDisposable
{
    // Twenty names; with --holdout 0.5 the MD5 rule holds out those whose value is even.
    private const string Names = """
        name,sex,count,year
        Emily,F,900,1995
        Mary,F,1200,1950
        Anna,F,700,1990
        Laura,F,500,1975
        Maria,F,600,1985
        Sophia,F,800,2010
        Olivia,F,850,2012
        Hannah,F,600,2000
        Julia,F,400,1998
        Grace,F,300,2004
        Robert,M,1100,1950
        John,M,1300,1960
        Michael,M,1200,1975
        David,M,1000,1965
        James,M,1100,1955
        William,M,900,1945
        Thomas,M,800,1970
        Daniel,M,850,1990
        Peter,M,400,1958
        Kevin,M,300,1985
        """;

    private readonly TempDirectory _folder = new();
    private readonly ModelTrainer _trainer = new(NullLogger<ModelTrainer>.Instance, TimeProvider.System);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Train_ASmallLabelList_FitsTheLinearModelAloneAndSaysSo()
    {
        var labels = "name,sex\nAnna,F\nMaria,F\nEmma,F\nSofia,F\nLaura,F\nJulia,F\n"
            + "Tom,M\nJohn,M\nPeter,M\nMark,M\nPaul,M\nDavid,M\n";

        var model = _trainer.Train([Import(labels)], new TrainingOptions());

        Assert.False(model.Manifest.Training.CharacterModel.BoostedTrees);
        Assert.True(new TrainingOptions().CharacterModel.BoostedTrees);
        Assert.Equal(Gender.Female, new GenderPredictor(model).Predict("Anna").Gender);
        Assert.Equal(12, model.Lookup.Count);
    }

    [Fact]
    public void Train_WithHoldout_EvaluatesOnExactlyTheHeldOutNamesAndKeepsAllInTheLookup()
    {
        var split = HoldoutSplit.Create(0.5);
        var keys = Keys();
        var heldOut = keys.Where(split.IsHeldOut).ToList();
        Assert.InRange(heldOut.Count, 3, 17);

        var model = _trainer.Train([Import(Names)], new TrainingOptions { Holdout = 0.5 });

        Assert.Equal(heldOut.Count, model.Manifest.Metrics.Holdout!.Names);
        Assert.Equal(keys.Count, model.Lookup.Count);
        Assert.All(keys, k => Assert.True(model.Lookup.TryGet(k, out _), k));
        Assert.Contains("divisible by 2", model.Manifest.Metrics.HoldoutRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_HoldoutOnly_KeepsTheModelThatNeverSawTheHeldOutNames()
    {
        var split = HoldoutSplit.Create(0.5);

        var model = _trainer.Train([Import(Names)], new TrainingOptions { Holdout = 0.5, HoldoutOnly = true });

        foreach (var key in Keys())
        {
            Assert.Equal(!split.IsHeldOut(key), model.Lookup.TryGet(key, out _));
        }

        Assert.True(model.Manifest.Training.HoldoutOnly);
    }

    [Fact]
    public void Train_HeldOutFigures_AreThoseOfTheModelTrainedWithoutThem()
    {
        var split = HoldoutSplit.Create(0.5);
        var heldOutModel = _trainer.Train([Import(Names)], new TrainingOptions { Holdout = 0.5, HoldoutOnly = true });
        var predictor = new GenderPredictor(heldOutModel);
        var truth = Counts().Where(c => split.IsHeldOut(c.Name)).ToList();
        var expected = Evaluator.Summarize(
            [.. truth.Select(t => (t, predictor.Predict(t.Name)))], heldOutModel.Manifest.Predictor.Threshold);

        var model = _trainer.Train([Import(Names)], new TrainingOptions { Holdout = 0.5 });

        Assert.Equal(expected.Accuracy, model.Manifest.Metrics.Holdout!.Accuracy, precision: 12);
        Assert.Equal(expected.LogLoss, model.Manifest.Metrics.Holdout.LogLoss, precision: 9);
    }

    [Fact]
    public void Train_SameRecordsInAnotherOrder_GivesTheSameModel()
    {
        var lines = Names.Split('\n');
        var reversed = string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Reverse()));

        var first = ModelFile.Save(_trainer.Train([Import(Names)], new TrainingOptions()), _folder.PathOf("a.ngmodel"));
        var second = ModelFile.Save(_trainer.Train([Import(reversed)], new TrainingOptions()), _folder.PathOf("b.ngmodel"));

        Assert.Equal(first.Manifest.DataFingerprint, second.Manifest.DataFingerprint);
        Assert.Equal(first.Manifest.ModelId, second.Manifest.ModelId);
    }

    [Fact]
    public void Train_EqualFemaleAndMaleCounts_GiveTheSameAnswerWhateverTheLineOrder()
    {
        var femaleFirst = Names + "\nRiley,F,500,2000\nRiley,M,500,2000";
        var maleFirst = Names + "\nRiley,M,500,2000\nRiley,F,500,2000";

        var a = new GenderPredictor(_trainer.Train([Import(femaleFirst)], new TrainingOptions())).Predict("Riley");
        var b = new GenderPredictor(_trainer.Train([Import(maleFirst)], new TrainingOptions())).Predict("Riley");

        Assert.Equal(a, b);
        Assert.Equal(1000, a.Evidence);
    }

    [Fact]
    public void Train_LabelFile_IsRecordedAsLabelsWithItsWeight()
    {
        var labels = _folder.WriteText("labels.csv", "name,sex\nAlex,M\nAlex,M\nSam,F\n");
        var import = NameDataImporter.Import(labels, new ImportOptions { LabelWeight = 7 });

        var model = _trainer.Train([Import(Names), import], new TrainingOptions());

        var source = model.Manifest.Sources[1];
        Assert.Equal("labels", source.Kind);
        Assert.Equal(7, source.LabelWeight);
        Assert.Equal(21, source.TotalCount);
        Assert.True(model.Lookup.TryGet("alex", out var alex));
        Assert.Equal(14, alex.Male);
        var labelled = Assert.Single(alex.Countries);
        Assert.Equal(14, labelled.LabelMale);
        Assert.True(labelled.IsLabelsOnly);
    }

    [Fact]
    public void Train_Manifest_RecordsTheDataYearsSourcesAndSettings()
    {
        var model = _trainer.Train([Import(Names)], new TrainingOptions { Seed = 9, Threshold = 0.8 });

        Assert.Equal(1945, model.Manifest.DataFirstYear);
        Assert.Equal(2012, model.Manifest.DataLastYear);
        Assert.Equal(20, model.Manifest.Names);
        Assert.Equal(15_800, model.Manifest.Births);
        Assert.Equal(9, model.Manifest.Training.Seed);
        Assert.Equal(0.8, model.Manifest.Predictor.Threshold);
        Assert.Equal("csv", model.Manifest.Sources[0].Format);
        Assert.Null(model.Manifest.Metrics.Holdout);
    }

    [Fact]
    public void Train_InvalidOptions_AreRefusedWithTheReason()
    {
        var error = Assert.Throws<ArgumentException>(
            () => _trainer.Train([Import(Names)], new TrainingOptions { HoldoutOnly = true }));

        Assert.Contains("--holdout-only needs --holdout", error.Message, StringComparison.Ordinal);
    }

    private ImportResult Import(string csv) =>
        NameDataImporter.Import(_folder.WriteText($"{Guid.NewGuid():N}.csv", csv), new ImportOptions());

    private static List<string> Keys() =>
        [.. Names.Split('\n').Skip(1).Select(l => l.Split(',')[0].ToLowerInvariant())];

    private static List<LabelledName> Counts() =>
    [
        .. Names.Split('\n').Skip(1).Select(l => l.Split(','))
            .Select(f => f[1] == "F"
                ? new LabelledName(f[0].ToLowerInvariant(), double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), 0)
                : new LabelledName(f[0].ToLowerInvariant(), 0, double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture))),
    ];
}
