namespace NameGender.Cli.Tests.Labeling;

/// <summary>The labelling test classes share one trained model: training it takes about a second.</summary>
[CollectionDefinition(Name)]
public sealed class SharedLabelingModel : ICollectionFixture<LabelingModelFixture>
{
    public const string Name = "labelling model";
}
