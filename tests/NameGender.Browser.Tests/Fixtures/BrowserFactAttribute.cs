namespace NameGender.Browser.Tests.Fixtures;

/// <summary>A test that needs Debian's Chromium; skipped with the reason when it is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = DebianChromium.SkipReason;
    }
}
