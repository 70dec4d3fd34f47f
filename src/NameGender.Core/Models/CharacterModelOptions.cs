namespace NameGender.Core.Models;

/// <summary>Hyper-parameters of the character model.</summary>
public sealed record CharacterModelOptions
{
    /// <summary>Longest character n-gram (all shorter ones are included), with ^/$ end markers.</summary>
    public int NgramLength { get; init; } = 5;

    /// <summary>L2 regularization of the logistic regression.</summary>
    public float L2Regularization { get; init; } = 0.3f;

    /// <summary>L1 regularization of the logistic regression.</summary>
    public float L1Regularization { get; init; }

    /// <summary>
    /// Exponent applied to a name's births to weigh it in training (0 weighs every name alike, 1 by
    /// births). Sublinear weights let frequent names matter more without drowning the rare ones.
    /// </summary>
    public double BirthWeightExponent { get; init; } = 0.3;
}
