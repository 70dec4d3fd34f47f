using NameGender.Core.Evaluation;

namespace NameGender.Core.Tests.Evaluation;

public sealed class HoldoutSplitTests
{
    [Theory]
    [InlineData(0.2, 5)]
    [InlineData(0.1, 10)]
    [InlineData(0.5, 2)]
    [InlineData(0.25, 4)]
    public void TryCreate_FractionOfTheFormOneOverK_GivesThatModulus(double fraction, int modulus)
    {
        Assert.True(HoldoutSplit.TryCreate(fraction, out var split, out _));
        Assert.Equal(modulus, split!.Modulus);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0)]
    [InlineData(0.9)]
    [InlineData(double.NaN)]
    public void TryCreate_OtherFractions_AreRefusedWithAMessage(double fraction)
    {
        Assert.False(HoldoutSplit.TryCreate(fraction, out _, out var error));
        Assert.Contains("held-out fraction", error, StringComparison.Ordinal);
    }

    [Fact]
    public void IsHeldOut_FollowsTheMd5Rule()
    {
        // MD5("mary") starts b8e7be5d = 3,102,195,293: remainder 3, kept for training.
        // MD5("david") starts 172522ec = 388,309,740: divisible by 5, held out.
        var split = HoldoutSplit.Create(0.2);

        Assert.False(split.IsHeldOut("mary"));
        Assert.True(split.IsHeldOut("david"));
        Assert.True(split.IsHeldOut("David"));
    }
}
