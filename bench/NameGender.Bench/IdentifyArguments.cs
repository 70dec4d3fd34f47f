using NameGender.Feedback.Demo;

namespace NameGender.Bench;

/// <summary>
/// The options of the identify benchmark. <see cref="Postgres"/> is a connection string of a role
/// that may create databases; without it only SQLite is measured.
/// </summary>
internal sealed record IdentifyArguments(string Model, int Records, int Repeat, int Seed, string? Postgres)
{
    public static IdentifyArguments Parse(IReadOnlyList<string> args)
    {
        var options = BenchOptions.Parse(args, "--model", "--records", "--repeat", "--seed", "--postgres");
        return new IdentifyArguments(
            options.Model,
            options.Number("--records", 10_000),
            options.Number("--repeat", 5),
            options.Number("--seed", DemoFeedback.DefaultSeed),
            options.Text("--postgres"));
    }
}
