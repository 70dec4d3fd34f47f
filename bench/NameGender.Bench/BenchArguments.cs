using System.Globalization;

namespace NameGender.Bench;

/// <summary>The options of the label benchmark.</summary>
internal sealed record BenchArguments(string Model, int Rows, int Repeat, int Seed)
{
    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        string? model = null;
        var rows = 1_000_000;
        var repeat = 5;
        var seed = 42;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--model":
                    model = value;
                    break;
                case "--rows":
                    rows = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--repeat":
                    repeat = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new BenchArguments(
            model ?? throw new ArgumentException("give --model, a .ngmodel file"), rows, repeat, seed);
    }
}
