using NameGender.Feedback.Demo;
using NameGender.Feedback.Records;
using NameGender.Feedback.Tests.Fixtures;

namespace NameGender.Feedback.Tests.Demo;

/// <summary>The demo generator is seeded: the same seed and time give the same records.</summary>
public sealed class DemoFeedbackTests
{
    [Fact]
    public void Generate_SameSeedAndTime_GivesTheSameRecords()
    {
        var first = DemoFeedback.Generate(300, DemoFeedback.DefaultSeed, ManualClock.Start);
        var second = DemoFeedback.Generate(300, DemoFeedback.DefaultSeed, ManualClock.Start);

        Assert.Equal(first, second);
        Assert.NotEqual(first, DemoFeedback.Generate(300, DemoFeedback.DefaultSeed + 1, ManualClock.Start));
    }

    [Fact]
    public void Generate_Records_KeepEveryRuleAndSpanTheLast90Days()
    {
        var records = DemoFeedback.Generate(500, 3, ManualClock.Start);

        Assert.Equal(500, records.Count);
        Assert.All(records, r => Assert.Null(
            FeedbackRules.CheckName("first", r.FirstName) ?? FeedbackRules.CheckText("text", r.Text) ?? FeedbackRules.CheckRating("rating", r.Rating)));
        Assert.All(records, r => Assert.InRange(r.PostedAt, ManualClock.Start.AddDays(-90), ManualClock.Start));
        Assert.Contains(records, r => string.IsNullOrWhiteSpace(r.FirstName));
        Assert.Contains(records, r => r.Rating is null);
    }
}
