using NameGender.Core.Models;
using NameGender.Training;

namespace NameGender.Core.Tests.Fixtures;

/// <summary>One model trained on <see cref="FixtureModels.SmallSsa"/>, shared by a test class.</summary>
public sealed class SmallModelFixture
{
    /// <summary>
    /// Fifty names hold few trigrams twice, so the default not-a-name rule (trigrams in fewer than
    /// 2 names) would flag most unseen names; the fixture counts a trigram seen once as seen.
    /// </summary>
    public static readonly TrainingOptions Options = new() { NotAName = new TrigramRule(1, 0.5) };

    public GenderModel Model { get; } = FixtureModels.Train(FixtureModels.SmallSsa, Options);
}
