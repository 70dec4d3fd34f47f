namespace NameGender.Core.Models;

/// <summary>A trained model in memory: its manifest, the counted lookup, the character model and
/// the trigram profile behind the not-a-name rule.</summary>
public sealed class GenderModel
{
    public GenderModel(ModelManifest manifest, NameLookup lookup, CharacterModel characters, TrigramProfile trigrams)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(characters);
        ArgumentNullException.ThrowIfNull(trigrams);

        Manifest = manifest;
        Lookup = lookup;
        Characters = characters;
        Trigrams = trigrams;
    }

    public ModelManifest Manifest { get; }

    public NameLookup Lookup { get; }

    public CharacterModel Characters { get; }

    public TrigramProfile Trigrams { get; }

    public GenderModel WithManifest(ModelManifest manifest) => new(manifest, Lookup, Characters, Trigrams);
}
