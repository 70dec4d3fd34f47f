using System.Text.RegularExpressions;

namespace NameGender.Store;

/// <summary>
/// The rule for names of stored models: lower-case letters, digits, '.', '_' and '-', starting with
/// a letter or digit, at most 64 characters. Such a name is one safe segment of an S3 key and of a
/// folder path on every file system.
/// </summary>
public static partial class ModelName
{
    /// <summary>
    /// Returns an error message when <paramref name="name"/> cannot name a stored model, else null.
    /// </summary>
    public static string? Validate(string? name) =>
        name is not null && Pattern().IsMatch(name)
            ? null
            : "a model name is 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter "
                + $"or digit; found '{name}'";

    /// <summary>
    /// Throws <see cref="ModelStoreException"/> when <paramref name="name"/> is not a valid model name.
    /// </summary>
    public static void EnsureValid(string? name)
    {
        if (Validate(name) is { } error)
        {
            throw new ModelStoreException(error);
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
