namespace NameGender.Core.Models;

/// <summary>The column the character model writes: calibrated P(female).</summary>
public sealed class CharacterModelOutput
{
    public float Probability { get; set; }
}
