namespace NameGender.Training.Import;

/// <summary>
/// The country whose names a language's list stands for, for lists published per language (the
/// npm package gender-detection-from-name): each language is mapped to the one country where it is
/// the national language and whose naming customs its list follows.
/// </summary>
internal static class LanguageCountries
{
    private static readonly Dictionary<string, string> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["it"] = "IT",
        ["fr"] = "FR",
        ["es"] = "ES",
        ["de"] = "DE",
        ["tr"] = "TR",

        // English is not here: it is the first language of the US, the UK, Ireland, Canada,
        // Australia and more, whose customs differ (Jan, Kim), so its list stays without a country
        // and weighs in every pooled estimate instead of standing for one country.
    };

    /// <summary>The country of <paramref name="language"/>, or null when it has none.</summary>
    public static string? Of(string language) => Countries.GetValueOrDefault(language);
}
