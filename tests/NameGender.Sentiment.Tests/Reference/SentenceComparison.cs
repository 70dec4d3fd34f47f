using NameGender.Sentiment.Labeling;

namespace NameGender.Sentiment.Tests.Reference;

/// <summary>One sentence scored by our analyzer and by the reference port.</summary>
internal sealed record SentenceComparison(string Text, SentimentResult Ours, ReferenceScore Reference)
{
    public double CompoundDifference => Math.Abs(Ours.Compound - Reference.Compound);

    /// <summary>The three-way label of our compound, by the rule applied to the reference's.</summary>
    public SentimentLabel OurPolarity => SentimentLabelRule.Polarity(Ours.Compound);

    public SentimentLabel ReferencePolarity => SentimentLabelRule.Polarity(Reference.Compound);

    public double LargestProportionDifference => Math.Max(
        Math.Abs(Ours.PositiveProportion - Reference.Positive),
        Math.Max(
            Math.Abs(Ours.NegativeProportion - Reference.Negative),
            Math.Abs(Ours.NeutralProportion - Reference.Neutral)));

    public string Describe() =>
        FormattableString.Invariant($"  ours {Ours.Compound,7:0.0000} ({OurPolarity}, label {Ours.Label})")
        + FormattableString.Invariant($" reference {Reference.Compound,7:0.0000} ({ReferencePolarity})")
        + $": {Text}";
}
