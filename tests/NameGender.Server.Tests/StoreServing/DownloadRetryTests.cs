using NameGender.Server.Models;

namespace NameGender.Server.Tests.StoreServing;

/// <summary>How long a server waits before downloading a version that failed again.</summary>
public sealed class DownloadRetryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 19, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    [Fact]
    public void After_RepeatedFailuresOfOneVersion_DoublesTheWaitUpToFiveMinutes()
    {
        DownloadRetry? retry = null;
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            retry = DownloadRetry.After(retry, "v2", Now, Interval);
            waits.Add(retry.NotBefore - Now);
        }

        Assert.Equal(
            [2, 4, 8, 16, 32, 64, 128, 256, 300, 300],
            waits.Select(w => w.TotalSeconds));
    }

    [Fact]
    public void After_AnotherVersionFails_StartsAgainFromOneInterval()
    {
        var retry = DownloadRetry.After(DownloadRetry.After(null, "v2", Now, Interval), "v2", Now, Interval);

        var next = DownloadRetry.After(retry, "v3", Now, Interval);

        Assert.Equal(1, next.Failures);
        Assert.Equal(Now + Interval, next.NotBefore);
    }

    [Fact]
    public void Defers_OnlyTheFailedVersionAndOnlyUntilItsTime()
    {
        var retry = DownloadRetry.After(null, "v2", Now, Interval);

        Assert.True(retry.Defers("v2", Now + TimeSpan.FromSeconds(1)));
        Assert.False(retry.Defers("v2", Now + Interval));
        Assert.False(retry.Defers("v3", Now));
    }
}
