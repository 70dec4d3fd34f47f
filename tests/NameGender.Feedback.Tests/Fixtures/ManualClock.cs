namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>A clock the test sets, so stored times are known exactly.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public static DateTimeOffset Start { get; } = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public ManualClock()
        : this(Start)
    {
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
