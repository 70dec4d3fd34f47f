using NameGender.Sentiment.Tests.Reference;

namespace NameGender.Sentiment.Tests;

public sealed class SentimentAnalyzerConcurrencyTests
{
    [Fact]
    public void Analyze_SharedAcrossThreads_GivesTheSameResultsAsOneThread()
    {
        var sentences = ReferenceSentences.Read(ReferenceFolder.Sentences);
        var analyzer = new SentimentAnalyzer();
        var sequential = sentences.Select(analyzer.Analyze).ToList();

        var parallel = new SentimentResult[sentences.Count * 8];
        Parallel.For(
            0, parallel.Length, i => parallel[i] = analyzer.Analyze(sentences[i % sentences.Count]));

        Assert.All(
            Enumerable.Range(0, parallel.Length),
            i => Assert.Equal(sequential[i % sentences.Count], parallel[i]));
    }
}
