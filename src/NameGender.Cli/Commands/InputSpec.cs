using NameGender.Core.Data;

namespace NameGender.Cli.Commands;

/// <summary>
/// One --input as given: a path, optionally prefixed with the country of all its records,
/// <c>IT:/data/it.csv</c>. A value that names an existing file or folder as a whole is a path,
/// prefix or not, and <c>s3://…</c> or <c>C:\…</c> style values never take a prefix (only an
/// assigned ISO code followed by a colon and no second slash does).
/// </summary>
/// <param name="Path">The file or folder to import.</param>
/// <param name="Country">The prefix's country code, upper case; null without a prefix.</param>
internal sealed record InputSpec(string Path, string? Country)
{
    private const int PrefixLength = 3;

    /// <summary>Reads <paramref name="value"/>; an error message when its prefix is no country.</summary>
    public static InputSpec Parse(string value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(value);

        error = null;
        if (File.Exists(value) || Directory.Exists(value) || !HasPrefixShape(value))
        {
            return new InputSpec(value, null);
        }

        var prefix = value[..2];
        if (!CountryCode.TryNormalize(prefix, out var country))
        {
            error = $"--input {value}: '{prefix}:' is no country; expected {CountryCode.Expected} "
                + "before the colon, or a path that exists";
            return new InputSpec(value, null);
        }

        return new InputSpec(value[PrefixLength..], country);
    }

    // "it:x" has the shape; "s3://…" (a scheme) and "C:\…" (one letter) do not.
    private static bool HasPrefixShape(string value) =>
        value.Length > PrefixLength
        && char.IsAsciiLetter(value[0])
        && char.IsAsciiLetter(value[1])
        && value[2] == ':'
        && !value.AsSpan(PrefixLength).StartsWith("//", StringComparison.Ordinal);
}
