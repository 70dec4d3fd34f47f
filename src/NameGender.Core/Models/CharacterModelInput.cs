namespace NameGender.Core.Models;

/// <summary>The one column the character model reads: a normalized name key.</summary>
public sealed class CharacterModelInput
{
    public string Key { get; set; } = string.Empty;
}
