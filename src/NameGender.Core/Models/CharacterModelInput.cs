using Microsoft.ML.Data;

namespace NameGender.Core.Models;

/// <summary>What the character model reads: a normalized name key and its spelling-neighbour features.</summary>
public sealed class CharacterModelInput
{
    public const int NeighbourFeatureCount = 9;

    public string Key { get; set; } = string.Empty;

    [VectorType(NeighbourFeatureCount)]
    public float[] Neighbours { get; set; } = new float[NeighbourFeatureCount];
}
