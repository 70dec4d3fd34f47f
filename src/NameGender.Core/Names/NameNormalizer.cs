using System.Globalization;
using System.Text;

namespace NameGender.Core.Names;

/// <summary>
/// The one place that turns raw name text into lookup keys. Everything downstream (training,
/// prediction, evaluation, the server) goes through here, so a name is read the same way everywhere.
/// </summary>
/// <remarks>
/// Rules, in order: case and accents are folded (invariant culture); whitespace of every kind and
/// punctuation separate words; apostrophes vanish (D'Andre = Dandre); digits, symbols and emoji are
/// dropped; "Surname, Given" puts the given name after the first comma; leading titles and trailing
/// suffixes are removed; single letters are initials and are skipped. A title followed by a single
/// word ("Mrs Hale") is read as title and surname: no given name, never a lookup of the surname. In
/// given-first order, a word that comes last after initials ("J. Hale") is a surname too.
/// </remarks>
public static class NameNormalizer
{
    /// <summary>Inputs longer than this are refused rather than parsed.</summary>
    public const int MaxInputLength = 256;

    public const string EmptyReason = "empty input";
    public const string NoLettersReason = "no letters in the input";
    public const string InitialsOnlyReason = "only initials, no given name";
    public const string TitleOnlyReason = "only a title, no given name";
    public const string TitleAndSurnameReason =
        "a title followed by one word is read as title and surname, so there is no given name";

    public static readonly string TooLongReason = string.Create(
        CultureInfo.InvariantCulture, $"input longer than {MaxInputLength} characters");

    /// <summary>Normalizes one raw input: a given name, a full name, or anything a file holds.</summary>
    public static NormalizedName Normalize(string? input) => Normalize(input, loneTitleIsAName: false);

    /// <summary>
    /// Normalizes a name that name statistics record as a given name: the same rules, except that a
    /// lone plain word is the name even when it is also a title (SSA records Lady, Sir and Lord as
    /// given names), so training keeps every name its data hold.
    /// </summary>
    public static NormalizedName NormalizeRecordedName(string? input) => Normalize(input, loneTitleIsAName: true);

    private static NormalizedName Normalize(string? input, bool loneTitleIsAName)
    {
        input ??= string.Empty;

        if (input.Length > MaxInputLength)
        {
            return NormalizedName.Unusable(input, TooLongReason);
        }

        if (TryPlainAsciiWord(input, out var key) && (loneTitleIsAName || !NameAffixes.IsTitle(key)))
        {
            return NormalizedName.Usable(input, [key], key);
        }

        if (string.IsNullOrWhiteSpace(input))
        {
            return NormalizedName.Unusable(input, EmptyReason);
        }

        var segments = NameTokenizer.Tokenize(input);
        if (segments.Count == 2)
        {
            var surnameFirst = ReadGivenName(input, segments[1], surnameRemoved: true);
            if (surnameFirst is not null)
            {
                return surnameFirst;
            }
        }

        return ReadGivenName(input, segments[0], surnameRemoved: false)
            ?? NormalizedName.Unusable(input, NoLettersReason);
    }

    // The common case in customer files: one plain word. Skips tokenizing and allocates one string.
    // A lone title ("Mrs", "Dr") goes on to the full path, which reads it as a title without a name.
    private static bool TryPlainAsciiWord(string input, out string key)
    {
        key = string.Empty;
        if (input.Length < 2)
        {
            return false;
        }

        foreach (var c in input)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        key = input.ToLowerInvariant();
        return true;
    }

    /// <summary>
    /// Picks the given name out of one segment. Returns null when the segment after a comma holds
    /// only suffixes ("Smith, Jr."), so the caller reads the part before the comma instead.
    /// </summary>
    private static NormalizedName? ReadGivenName(string input, List<NameToken> tokens, bool surnameRemoved)
    {
        var start = 0;
        while (start < tokens.Count && NameAffixes.IsTitle(tokens[start].Text))
        {
            start++;
        }

        var end = tokens.Count;
        while (end - start > 1 && NameAffixes.IsSuffix(tokens[end - 1].Text))
        {
            end--;
        }

        var titles = start;
        var words = tokens.GetRange(start, end - start);
        if (words.Count == 0)
        {
            return (titles, surnameRemoved, tokens.Count) switch
            {
                ( > 0, _, _) => NormalizedName.Unusable(input, TitleOnlyReason),
                (_, true, > 0) => null,
                _ => NormalizedName.Unusable(input, NoLettersReason),
            };
        }

        if (surnameRemoved && words.TrueForAll(IsSuffix))
        {
            return null;
        }

        var givenIndex = words.FindIndex(t => !t.IsInitial);
        if (givenIndex < 0)
        {
            return NormalizedName.Unusable(input, InitialsOnlyReason);
        }

        var isLastWord = givenIndex == words.Count - 1;
        if (!surnameRemoved && isLastWord && titles > 0 && words.Count == 1)
        {
            return NormalizedName.Unusable(input, TitleAndSurnameReason);
        }

        if (!surnameRemoved && isLastWord && givenIndex > 0)
        {
            return NormalizedName.Unusable(input, InitialsOnlyReason);
        }

        var given = words[givenIndex];
        var next = givenIndex + 1 < words.Count ? words[givenIndex + 1] : (NameToken?)null;
        return Candidates(input, given, next);
    }

    private static bool IsSuffix(NameToken token) => NameAffixes.IsSuffix(token.Text);

    private static NormalizedName Candidates(string input, NameToken given, NameToken? next)
    {
        if (given.IsHyphenated)
        {
            var firstPart = given.FirstPart;
            return firstPart.Length > 1
                ? NormalizedName.Usable(input, [given.Joined, firstPart], given.Joined)
                : NormalizedName.Usable(input, [given.Joined], given.Joined);
        }

        // SSA spells compound given names as one word (Maryann), so "Mary Ann" tries the joined form
        // first. A hyphenated or single-letter second word is a surname or an initial: never joined.
        if (next is { IsInitial: false, IsHyphenated: false } second)
        {
            return NormalizedName.Usable(input, [given.Text + second.Text, given.Text], given.Text);
        }

        return NormalizedName.Usable(input, [given.Text], given.Text);
    }
}
