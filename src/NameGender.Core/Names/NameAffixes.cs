namespace NameGender.Core.Names;

/// <summary>
/// Titles that may precede a name and suffixes that may follow it, lower case and without periods.
/// Words that are also common given names (Dean, Don, Drew, Major, Rev-less "Father") are left out
/// on purpose, so "Dean Hale" keeps Dean as the given name.
/// </summary>
internal static class NameAffixes
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "mstr", "dr", "prof", "professor", "rev", "revd", "reverend",
        "hon", "sir", "dame", "lady", "lord", "fr", "sr", "sra", "srta", "mme", "mlle", "madame",
        "mademoiselle", "monsieur", "herr", "frau", "sig", "sigra", "capt", "cpt", "col", "lt", "sgt",
        "cmdr", "adm", "gov", "sen", "rep", "pres", "atty", "ing", "mag", "dipl",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "jr", "sr", "snr", "jnr", "ii", "iii", "iv", "phd", "md", "dds", "dmd", "esq", "mba", "rn",
        "cpa", "dvm", "jd", "llm", "msc", "bsc", "ba", "ma", "obe", "mbe", "cbe", "kc", "qc",
    };

    public static bool IsTitle(string token) => Titles.Contains(token);

    public static bool IsSuffix(string token) => Suffixes.Contains(token);
}
