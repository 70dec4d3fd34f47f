using System.Globalization;

namespace NameGender.Bench;

/// <summary>
/// The "--name value" pairs of a benchmark's command line, checked against the names it knows;
/// every benchmark measures a model, so --model is always required.
/// </summary>
internal sealed class BenchOptions
{
    private readonly Dictionary<string, string> _values;

    private BenchOptions(Dictionary<string, string> values) => _values = values;

    public string Model => Text("--model") ?? throw new ArgumentException("give --model, a .ngmodel file");

    public static BenchOptions Parse(IReadOnlyList<string> args, params string[] names)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (!names.Contains(args[i], StringComparer.Ordinal))
            {
                throw new ArgumentException($"unknown option {args[i]}");
            }

            values[args[i]] = args[i + 1];
        }

        return new BenchOptions(values);
    }

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public int Number(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
