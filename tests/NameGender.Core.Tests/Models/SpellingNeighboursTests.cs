using NameGender.Core.Models;

namespace NameGender.Core.Tests.Models;

public sealed class SpellingNeighboursTests
{
    private static readonly SpellingNeighbours Index = SpellingNeighbours.Build(
    [
        ("carol", 1000, 10),
        ("karl", 0, 300),
        ("earl", 0, 200),
        ("carla", 400, 0),
        ("carl", 5, 900),
        ("filis", 50, 0),
    ]);

    [Fact]
    public void Find_SplitsNeighboursOneEditAwayByTheirLastLetter_LeavingTheKeyOut()
    {
        var counts = Index.Find("carl");

        Assert.Equal(3, counts.SameEnding.Names);
        Assert.Equal(1000, counts.SameEnding.Female);
        Assert.Equal(510, counts.SameEnding.Male);
        Assert.Equal(1, counts.OtherEnding.Names);
        Assert.Equal(400, counts.OtherEnding.Female);
    }

    [Fact]
    public void Find_SoundAlikes_AreTheOtherNamesWithTheSameSoundKey()
    {
        var counts = Index.Find("carl");

        Assert.Equal(1, counts.SoundAlike.Names);
        Assert.Equal(0, counts.SoundAlike.Female);
        Assert.Equal(300, counts.SoundAlike.Male);
    }

    [Fact]
    public void Find_UnseenKey_UsesItsSoundAlikesEvenFarFromAnyEdit()
    {
        var counts = Index.Find("phyllis");

        Assert.Equal(0, counts.SameEnding.Names + counts.OtherEnding.Names);
        Assert.Equal(50, counts.SoundAlike.Female);
    }

    [Fact]
    public void Features_WithoutNeighbours_AreAllZero()
    {
        var features = Index.Find("xqzvbnt").Features();

        Assert.Equal(CharacterModelInput.NeighbourFeatureCount, features.Length);
        Assert.All(features, f => Assert.Equal(0f, f));
    }
}
