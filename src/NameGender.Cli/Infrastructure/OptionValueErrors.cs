using System.Text.RegularExpressions;

namespace NameGender.Cli.Infrastructure;

/// <summary>
/// Rewrites the command-line parser's "Failed to convert 'abc' to Nullable`1." into a message that
/// names the option and what it takes: the parser knows neither the option nor a readable type.
/// </summary>
internal static partial class OptionValueErrors
{
    public static string Describe(string message, IReadOnlyList<string> args)
    {
        var match = ConversionFailure().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var value = match.Groups["value"].Value;
        var option = OptionGiven(value, args);
        var expected = match.Groups["type"].Value switch
        {
            "Int32" or "Int64" => "a whole number",
            "Double" or "Single" or "Decimal" or "Nullable`1" => "a number (with a point: 0.8)",
            "Boolean" => "true or false",
            _ => "a value of another kind",
        };

        return option is null
            ? $"'{value}' is not {expected}"
            : $"{option} takes {expected}; found '{value}'";
    }

    // The option whose value failed: the word before the value, or the --option= it is glued to.
    private static string? OptionGiven(string value, IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-') && arg.EndsWith("=" + value, StringComparison.Ordinal))
            {
                return arg[..^(value.Length + 1)];
            }

            if (i > 0 && string.Equals(arg, value, StringComparison.Ordinal) && args[i - 1].StartsWith('-'))
            {
                return args[i - 1];
            }
        }

        return null;
    }

    [GeneratedRegex(@"^Failed to convert '(?<value>.*)' to (?<type>[^.]+)\.?$", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();
}
