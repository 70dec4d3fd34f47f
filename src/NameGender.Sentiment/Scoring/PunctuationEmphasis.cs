namespace NameGender.Sentiment.Scoring;

/// <summary>
/// VADER's punctuation rule: exclamation marks, and two or more question marks, strengthen
/// whatever sentiment the text has. Marks anywhere in the text count, emoticons included.
/// </summary>
internal static class PunctuationEmphasis
{
    // VADER's empirically derived mean intensity increase per mark, and its caps.
    private const double PerExclamationMark = 0.292;
    private const int MaxExclamationMarks = 4;
    private const double PerQuestionMark = 0.18;
    private const int MaxCountedQuestionMarks = 3;
    private const double ManyQuestionMarks = 0.96;

    /// <summary>The amount added to the size of the text's summed valence.</summary>
    public static double Of(string text)
    {
        var exclamationMarks = 0;
        var questionMarks = 0;
        foreach (var c in text)
        {
            if (c == '!')
            {
                exclamationMarks++;
            }
            else if (c == '?')
            {
                questionMarks++;
            }
        }

        var emphasis = Math.Min(exclamationMarks, MaxExclamationMarks) * PerExclamationMark;
        if (questionMarks > 1)
        {
            emphasis += questionMarks <= MaxCountedQuestionMarks
                ? questionMarks * PerQuestionMark
                : ManyQuestionMarks;
        }

        return emphasis;
    }
}
