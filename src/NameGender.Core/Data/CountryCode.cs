namespace NameGender.Core.Data;

/// <summary>ISO 3166-1 alpha-2 country codes as the product reads them: two letters, upper case.</summary>
public static class CountryCode
{
    /// <summary>Reads "fr", " FR " or "Fr" as FR; returns false for anything that is not two letters.</summary>
    public static bool TryNormalize(string? text, out string code)
    {
        code = string.Empty;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length != 2 || !char.IsAsciiLetter(trimmed[0]) || !char.IsAsciiLetter(trimmed[1]))
        {
            return false;
        }

        code = trimmed.ToUpperInvariant();
        return true;
    }
}
