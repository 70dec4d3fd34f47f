namespace NameGender.Server.Models;

/// <summary>
/// When to try a failed download again. A network blip deserves a quick retry, but a corrupt
/// object stays corrupt (versions are immutable), and downloading it again at every poll would
/// cost a whole model's transfer each time; so the wait doubles with each failure, up to a cap.
/// </summary>
/// <param name="Version">The version whose download failed.</param>
/// <param name="Failures">Its failures in a row.</param>
/// <param name="NotBefore">No new attempt before this time.</param>
internal sealed record DownloadRetry(string Version, int Failures, DateTimeOffset NotBefore)
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    /// <summary>The retry after <paramref name="version"/> failed once more, at <paramref name="now"/>.</summary>
    public static DownloadRetry After(
        DownloadRetry? previous, string version, DateTimeOffset now, TimeSpan interval)
    {
        var failures = previous?.Version == version ? previous.Failures + 1 : 1;

        // The exponent is capped before the power: past 2^16 intervals every wait is the cap anyway.
        var wait = interval * Math.Pow(2, Math.Min(failures - 1, 16));
        return new DownloadRetry(version, failures, now + (wait < LongestWait ? wait : LongestWait));
    }

    public bool Defers(string version, DateTimeOffset now) => Version == version && now < NotBefore;
}
