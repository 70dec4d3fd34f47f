namespace NameGender.Store.Tests.Fixtures;

/// <summary>A clock that moves only when told, so version ids and promotion times are predictable.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2025, 3, 1, 14, 22, 33, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
