namespace NameGender.Store.Tests.Naming;

public sealed class ModelNameTests
{
    [Theory]
    [InlineData("ssa")]
    [InlineData("ssa-2024.v2")]
    [InlineData("de_labels")]
    [InlineData("0abc")]
    public void Validate_SafeName_IsAccepted(string name) => Assert.Null(ModelName.Validate(name));

    [Theory]
    [InlineData("")]
    [InlineData("SSA")]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData("-lead")]
    [InlineData("with space")]
    public void Validate_UnsafeName_SaysWhatANameIs(string name) =>
        Assert.Contains("lower-case letters, digits", ModelName.Validate(name), StringComparison.Ordinal);

    [Fact]
    public void Validate_SixtyFiveCharacters_IsRefused() => Assert.NotNull(ModelName.Validate(new string('a', 65)));
}
