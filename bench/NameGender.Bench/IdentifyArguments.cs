using System.Globalization;
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
        string? model = null;
        string? postgres = null;
        var records = 10_000;
        var repeat = 5;
        var seed = DemoFeedback.DefaultSeed;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--model":
                    model = value;
                    break;
                case "--records":
                    records = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--repeat":
                    repeat = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--postgres":
                    postgres = value;
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new IdentifyArguments(
            model ?? throw new ArgumentException("give --model, a .ngmodel file"), records, repeat, seed, postgres);
    }
}
