using NameGender.Core.Models;
using NameGender.Feedback.Demo;
using NameGender.Feedback.Records;

namespace NameGender.Bench;

/// <summary>
/// The feedback a run imports. "demo" is <c>serve --demo</c>'s generator as it is: about a hundred
/// distinct first names, so Identify Gender predicts few and mostly writes. "customers" keeps the
/// demo texts and ratings but draws each first name as a customer file holds them
/// (<see cref="NameSampler"/>): thousands of distinct names, misspellings for the character model.
/// </summary>
internal sealed record FeedbackMix(string Name, IReadOnlyList<NewFeedback> Records)
{
    // A fixed "now" keeps the posted times, and so the file, the same from run to run.
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public int DistinctFirstNames =>
        Records.Select(r => r.FirstName).Distinct(StringComparer.Ordinal).Count();

    public static FeedbackMix Demo(int count, int seed) =>
        new("demo", DemoFeedback.Generate(count, seed, Now));

    public static FeedbackMix Customers(int count, int seed, NameLookup lookup)
    {
        var sampler = new NameSampler(lookup, new Random(seed));
        var records = DemoFeedback.Generate(count, seed, Now)
            .Select(r => r with { FirstName = sampler.Next() })
            .ToList();
        return new FeedbackMix("customers", records);
    }
}
