namespace NameGender.Bench;

/// <summary>The options of the label benchmark.</summary>
internal sealed record BenchArguments(string Model, int Rows, int Repeat, int Seed)
{
    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var options = BenchOptions.Parse(args, "--model", "--rows", "--repeat", "--seed");
        return new BenchArguments(
            options.Model,
            options.Number("--rows", 1_000_000),
            options.Number("--repeat", 5),
            options.Number("--seed", 42));
    }
}
