namespace NameGender.Sentiment.Tests;

/// <summary>
/// One shared analyzer for the rule tests, and the tolerance for expected compounds: those values
/// come from the reference port, which prints four decimals.
/// </summary>
internal static class Scored
{
    public const double FourDecimals = 0.00005 + 1e-9;

    public static SentimentAnalyzer Analyzer { get; } = new();

    public static double Compound(string text) => Analyzer.Analyze(text).Compound;
}
