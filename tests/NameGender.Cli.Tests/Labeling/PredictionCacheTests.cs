using NameGender.Cli.Labeling;
using NameGender.Core.Data;
using NameGender.Core.Predictions;

namespace NameGender.Cli.Tests.Labeling;

public sealed class PredictionCacheTests
{
    private static readonly RowLabel Female = Label(Gender.Female);
    private static readonly RowLabel Male = Label(Gender.Male);

    [Fact]
    public void TryGet_SameSpellingAndPeriod_FindsTheLabel()
    {
        var cache = new PredictionCache(10);
        cache.Add("Leslie", new YearPeriod(1920, 1929), Male);

        Assert.True(cache.TryGet("Leslie".AsSpan(), new YearPeriod(1920, 1929), out var label));
        Assert.Equal(Male, label);
    }

    [Fact]
    public void TryGet_OtherPeriodOtherCaseOrNoPeriod_Misses()
    {
        var cache = new PredictionCache(10);
        cache.Add("Leslie", new YearPeriod(1920, 1929), Male);

        Assert.False(cache.TryGet("Leslie".AsSpan(), new YearPeriod(1960, 1969), out _));
        Assert.False(cache.TryGet("Leslie".AsSpan(), null, out _));
        Assert.False(cache.TryGet("LESLIE".AsSpan(), new YearPeriod(1920, 1929), out _));
    }

    [Fact]
    public void Add_WhenFull_EmptiesTheCacheAndKeepsTheNewEntry()
    {
        var cache = new PredictionCache(2);
        cache.Add("Emily", null, Female);
        cache.Add("John", new YearPeriod(1950, 1959), Male);

        cache.Add("Anna", null, Female);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("Anna".AsSpan(), null, out _));
        Assert.False(cache.TryGet("Emily".AsSpan(), null, out _));
        Assert.False(cache.TryGet("John".AsSpan(), new YearPeriod(1950, 1959), out _));
    }

    private static RowLabel Label(Gender gender) =>
        RowLabel.From(
            new Prediction("x", "x", gender, 0.5, 1, PredictionSource.Lookup, null), new CsvEncoder(','));
}
