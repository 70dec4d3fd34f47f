using System.Globalization;
using Xunit.Abstractions;

namespace NameGender.Sentiment.Tests.Reference;

/// <summary>
/// The bar: over our own sentences, compound scores within 0.05 of the reference port's and
/// three-way labels (VADER's thresholds applied to each side's compound) agreeing on at least 95%.
/// MIXED, which the reference lacks, is reported separately.
/// </summary>
public sealed class ReferenceAgreementTests(ITestOutputHelper output)
{
    private const int MinimumSentences = 200;
    private const double CompoundTolerance = 0.05;
    private const double RequiredLabelAgreement = 0.95;

    // The reference prints shares rounded to 3 decimals.
    private const double ProportionTolerance = 0.0005 + 1e-9;

    private static readonly Lazy<IReadOnlyList<SentenceComparison>> Comparisons = new(Compare);

    [Fact]
    public void SentencesFile_HoldsAtLeast200Sentences()
    {
        var count = ReferenceSentences.Read(ReferenceFolder.Sentences).Count;

        Assert.True(
            count >= MinimumSentences,
            Invariant($"{ReferenceFolder.Sentences} has {count} sentences; the check needs ")
            + Invariant($"{MinimumSentences}."));
    }

    [ReferenceFact]
    public void Analyze_EverySentence_CompoundWithinToleranceOfReference()
    {
        var comparisons = Comparisons.Value;
        var disagreeing = comparisons.Where(c => c.CompoundDifference > CompoundTolerance).ToList();
        var largest = comparisons.Max(c => c.CompoundDifference);

        var within = comparisons.Count - disagreeing.Count;
        output.WriteLine(Invariant($"{within}/{comparisons.Count} compounds within {CompoundTolerance}"));
        output.WriteLine(Invariant($"largest difference {largest:0.00000}"));
        Assert.True(
            disagreeing.Count == 0,
            Invariant($"{disagreeing.Count} compound(s) off the reference's by over {CompoundTolerance}:")
            + Listing(disagreeing));
    }

    [ReferenceFact]
    public void Analyze_ThreeWayLabels_AgreeWithReferenceOnEnoughSentences()
    {
        var comparisons = Comparisons.Value;
        var disagreeing = comparisons.Where(c => c.OurPolarity != c.ReferencePolarity).ToList();
        var agreement = 1 - ((double)disagreeing.Count / comparisons.Count);
        var mixed = comparisons.Where(c => c.Ours.Label == SentimentLabel.Mixed).ToList();

        output.WriteLine(Invariant($"three-way labels agree on {agreement:P1} of {comparisons.Count}"));
        output.WriteLine(Invariant($"{mixed.Count} labelled MIXED (the reference has none):") + Listing(mixed));
        Assert.True(
            agreement >= RequiredLabelAgreement,
            Invariant($"three-way labels agree on {agreement:P1}, below {RequiredLabelAgreement:P0}:")
            + Listing(disagreeing));
    }

    [ReferenceFact]
    public void Analyze_EverySentence_ProportionsMatchReference()
    {
        var disagreeing = Comparisons.Value
            .Where(c => c.LargestProportionDifference > ProportionTolerance)
            .ToList();

        Assert.True(
            disagreeing.Count == 0,
            Invariant($"{disagreeing.Count} sentence(s) with a pos/neg/neu share off the reference's ")
            + Invariant($"by more than its rounding:") + Listing(disagreeing));
    }

    private static IReadOnlyList<SentenceComparison> Compare()
    {
        var sentences = ReferenceSentences.Read(ReferenceFolder.Sentences);
        var reference = ReferenceScorer.Score(ReferenceFolder.Sentences);
        Assert.Equal(sentences, reference.Select(score => score.Text));

        var analyzer = new SentimentAnalyzer();
        return reference
            .Select(score => new SentenceComparison(score.Text, analyzer.Analyze(score.Text), score))
            .ToList();
    }

    private static string Listing(IEnumerable<SentenceComparison> comparisons) =>
        string.Concat(comparisons.Select(c => "\n" + c.Describe()));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
