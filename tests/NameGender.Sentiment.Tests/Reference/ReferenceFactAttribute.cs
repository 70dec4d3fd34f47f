namespace NameGender.Sentiment.Tests.Reference;

/// <summary>
/// A fact that needs the reference scorer. It is skipped, saying what is missing, only when the
/// reference cannot run and <see cref="NodeRuntime.RequireVariable"/> is not set; when it is set,
/// the test runs and fails on the missing piece.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReferenceFactAttribute : FactAttribute
{
    public ReferenceFactAttribute()
    {
        if (NodeRuntime.MissingPiece is { } missing && !NodeRuntime.IsRequired)
        {
            Skip = $"reference VADER scorer unavailable: {missing}; {NodeRuntime.InstallHint} "
                + $"(set {NodeRuntime.RequireVariable}=1 to fail instead of skipping)";
        }
    }
}
