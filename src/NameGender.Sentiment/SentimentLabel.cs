namespace NameGender.Sentiment;

/// <summary>
/// The overall sentiment of a text, as a text-analytics service labels it; the names upper-cased
/// (<c>POSITIVE</c>, <c>NEGATIVE</c>, <c>NEUTRAL</c>, <c>MIXED</c>) are that service's spelling.
/// </summary>
public enum SentimentLabel
{
    /// <summary>No clear sentiment either way.</summary>
    Neutral = 0,

    /// <summary>Predominantly positive.</summary>
    Positive = 1,

    /// <summary>Predominantly negative.</summary>
    Negative = 2,

    /// <summary>Substantial positive and negative sentiment together, neither clearly dominating.</summary>
    Mixed = 3,
}
