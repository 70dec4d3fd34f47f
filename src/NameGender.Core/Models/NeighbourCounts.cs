namespace NameGender.Core.Models;

/// <summary>
/// A key's spelling neighbours, split by whether they end in the same letter, and its sound-alikes.
/// </summary>
public readonly record struct NeighbourCounts(NeighbourGroup SameEnding, NeighbourGroup OtherEnding, NeighbourGroup SoundAlike)
{
    /// <summary>
    /// The features the character model reads, for each group: the smoothed log-odds of female
    /// among the neighbours' births, the log of their births, and whether there are any (all 0
    /// without neighbours).
    /// </summary>
    public float[] Features() => [.. Group(SameEnding), .. Group(OtherEnding), .. Group(SoundAlike)];

    private static float[] Group(NeighbourGroup group) =>
        group.Names == 0
            ? [0f, 0f, 0f]
            : [
                (float)Math.Log((group.Female + 0.5) / (group.Male + 0.5)),
                (float)Math.Log(1 + group.Female + group.Male),
                1f,
            ];
}
