using Microsoft.Extensions.Logging.Abstractions;
using NameGender.Training.Import;
using NameGender.Training.Tests.Import;

namespace NameGender.Training.Tests.Training;

/// <summary>Label lists (no counts) next to counted sources: their weight, their place in the manifest.</summary>
public sealed class LabelSourceTrainingTests : IDisposable
{
    private const string Births = "name,sex,count,country\nKim,M,900,DK\nKim,F,40,DK\nJohn,M,1000,US\nMary,F,800,US\n";

    private const string Labels = "name,gender\nKim,F\nSasha,F\nSasha,M\nSasha,F\n";

    private readonly TempDirectory _folder = new();
    private readonly ModelTrainer _trainer = new(NullLogger<ModelTrainer>.Instance, TimeProvider.System);

    [Fact]
    public void Train_LabelSource_ManifestSaysLabelsWithTheirWeightAndBirthsLeaveThemOut()
    {
        var model = _trainer.Train(
            [Import("births.csv", Births, new ImportOptions()), Import("labels.csv", Labels, new ImportOptions { LabelWeight = 5 })],
            new TrainingOptions());

        var labels = model.Manifest.Sources[1];
        Assert.Equal("labels", labels.Kind);
        Assert.Equal(5, labels.LabelWeight);
        Assert.Equal(20, labels.TotalCount);
        Assert.Equal("births", model.Manifest.Sources[0].Kind);
        Assert.Null(model.Manifest.Sources[0].LabelWeight);
        Assert.Equal(2_740, model.Manifest.Births);
    }

    [Fact]
    public void Train_LabelSource_EachRowAddsItsWeightAsLabelsNotBirths()
    {
        var model = _trainer.Train(
            [Import("labels.csv", Labels, new ImportOptions { LabelWeight = 5 })], new TrainingOptions());

        Assert.True(model.Lookup.TryGet("sasha", out var sasha));
        var evidence = Assert.Single(sasha.Countries);
        Assert.Equal((10, 5), (evidence.LabelFemale, evidence.LabelMale));
        Assert.True(evidence.IsLabelsOnly);
        Assert.Empty(evidence.Decades);
    }

    [Fact]
    public void Train_WithAttribution_ManifestCreditsPublisherLicenceAndCountMeaning()
    {
        var attribution = new SourceAttribution("Danmarks Statistik", "CC BY 4.0", "residents");

        var model = _trainer.Train(
            [Import("dk.csv", Births, new ImportOptions { Attribution = attribution })], new TrainingOptions());

        var source = Assert.Single(model.Manifest.Sources);
        Assert.Equal(("Danmarks Statistik", "CC BY 4.0", "residents"), (source.Publisher, source.Licence, source.CountMeaning));
        Assert.Equal(["DK", "US"], source.Countries);
        Assert.Equal(["DK", "US"], model.Manifest.Countries);
    }

    public void Dispose() => _folder.Dispose();

    private ImportResult Import(string name, string csv, ImportOptions options) =>
        NameDataImporter.Import(_folder.WriteText(name, csv), options);
}
