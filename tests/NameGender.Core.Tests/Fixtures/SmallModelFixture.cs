using NameGender.Core.Models;

namespace NameGender.Core.Tests.Fixtures;

/// <summary>One model trained on <see cref="FixtureModels.SmallSsa"/>, shared by a test class.</summary>
public sealed class SmallModelFixture
{
    public GenderModel Model { get; } = FixtureModels.Train(FixtureModels.SmallSsa);
}
