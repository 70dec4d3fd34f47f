namespace NameGender.Core.Models;

/// <summary>The column the character model writes: P(female).</summary>
public sealed class CharacterModelOutput
{
    public const string Column = nameof(FemaleProbability);

    public float FemaleProbability { get; set; }
}
