using NameGender.Core.Models;

namespace NameGender.Core.Tests.Models;

public sealed class SoundKeyTests
{
    [Theory]
    [InlineData("carl", "karl")]
    [InlineData("lucy", "lucie")]
    [InlineData("sara", "sarah")]
    [InlineData("philip", "filip")]
    [InlineData("jennifer", "jenifer")]
    [InlineData("zoe", "soe")]
    [InlineData("quinn", "cuin")]
    public void Of_SpellingsSaidAlike_ShareAKey(string one, string other)
    {
        Assert.Equal(SoundKey.Of(one), SoundKey.Of(other));
    }

    [Theory]
    [InlineData("carl", "carol")]
    [InlineData("andrea", "andre")]
    [InlineData("ann", "anna")]
    [InlineData("simon", "simone")]
    [InlineData("noah", "nora")]
    public void Of_SpellingsSaidDifferently_KeepTheirOwnKeys(string one, string other)
    {
        Assert.NotEqual(SoundKey.Of(one), SoundKey.Of(other));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("h", "h")]
    [InlineData("phyllis", "filis")]
    [InlineData("leah", "lea")]
    public void Of_GivesTheDocumentedKey(string key, string expected)
    {
        Assert.Equal(expected, SoundKey.Of(key));
    }
}
