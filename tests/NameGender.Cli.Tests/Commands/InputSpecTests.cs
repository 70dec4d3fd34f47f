using NameGender.Cli.Commands;

namespace NameGender.Cli.Tests.Commands;

public sealed class InputSpecTests
{
    [Theory]
    [InlineData("IT:/data/it.csv", "/data/it.csv", "IT")]
    [InlineData("dk:names.csv", "names.csv", "DK")]
    [InlineData("s3://bucket/names.csv", "s3://bucket/names.csv", null)]
    [InlineData("/data/it.csv", "/data/it.csv", null)]
    [InlineData("de/names.csv", "de/names.csv", null)]
    public void Parse_Value_SplitsACountryPrefixOnlyWhereThereIsOne(string value, string path, string? country)
    {
        var spec = InputSpec.Parse(value, out var error);

        Assert.Null(error);
        Assert.Equal(new InputSpec(path, country), spec);
    }

    [Fact]
    public void Parse_PrefixThatIsNoCountry_SaysSo()
    {
        InputSpec.Parse("ZZ:/data/names.csv", out var error);

        Assert.StartsWith("--input ZZ:/data/names.csv: 'ZZ:' is no country", error, StringComparison.Ordinal);
    }
}
