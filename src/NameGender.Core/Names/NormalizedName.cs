namespace NameGender.Core.Names;

/// <summary>
/// What <see cref="NameNormalizer"/> makes of one raw input: the lookup keys to try, in order, and
/// the key the character model scores; or, when the input holds no usable given name, the reason.
/// </summary>
public sealed class NormalizedName
{
    private NormalizedName(string input, IReadOnlyList<string> candidates, string? modelKey, string? reason)
    {
        Input = input;
        Candidates = candidates;
        ModelKey = modelKey;
        Reason = reason;
    }

    /// <summary>The input exactly as given.</summary>
    public string Input { get; }

    /// <summary>
    /// Lookup keys in order of preference: for a compound given name the joined form first (as SSA
    /// writes compounds), then the first part. Empty when <see cref="Reason"/> is set.
    /// </summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <summary>The key the character model scores when no candidate is found in the lookup.</summary>
    public string? ModelKey { get; }

    /// <summary>Why the input has no usable given name; null when it has one.</summary>
    public string? Reason { get; }

    public bool IsUsable => Reason is null;

    internal static NormalizedName Usable(string input, IReadOnlyList<string> candidates, string modelKey) =>
        new(input, candidates, modelKey, null);

    internal static NormalizedName Unusable(string input, string reason) =>
        new(input, [], null, reason);
}
