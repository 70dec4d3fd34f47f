namespace NameGender.Core.Models;

/// <summary>
/// Hyper-parameters of the character model. The defaults were chosen on a validation split carved
/// from the training names (names whose MD5 rule remainder is 1), never on the held-out names.
/// </summary>
public sealed record CharacterModelOptions
{
    /// <summary>Longest character n-gram (all shorter ones are included), with begin and end markers.</summary>
    public int NgramLength { get; init; } = 5;

    /// <summary>
    /// N-grams are hashed into 2^HashBits slots; 0 keeps a vocabulary of every n-gram instead.
    /// Hashing keeps the model file small: a vocabulary stores the text of every n-gram.
    /// </summary>
    public int HashBits { get; init; } = 18;

    /// <summary>L2 regularization of the logistic regression.</summary>
    public float L2Regularization { get; init; } = 0.3f;

    /// <summary>L1 regularization of the logistic regression (ML.NET's default is 1; any L1 hurt on validation).</summary>
    public float L1Regularization { get; init; }

    /// <summary>
    /// L-BFGS stops when the relative loss improvement falls below this: 1e-4 fits in about a third
    /// of the time of ML.NET's default 1e-7 with validation figures within noise of it.
    /// </summary>
    public float OptimizationTolerance { get; init; } = 1e-4f;

    /// <summary>
    /// A name with n births weighs n to this power in training (0 weighs every name alike, 1 by
    /// births): frequent names matter more without drowning the rare ones.
    /// </summary>
    public double BirthWeightExponent { get; init; } = 0.3;

    /// <summary>Feed both learners the counts of names one edit away (see <see cref="Models.SpellingNeighbours"/>).</summary>
    public bool SpellingNeighbours { get; init; } = true;

    /// <summary>Train gradient-boosted trees beside the logistic regression and average the two.</summary>
    public bool BoostedTrees { get; init; } = true;

    /// <summary>The trees see only n-grams found in at least this many training rows.</summary>
    public int TreesMinimumNgramCount { get; init; } = 400;

    /// <summary>
    /// Each tree is grown on a random subset of at most this many training rows (0: all rows), so
    /// the trees' cost stops growing with the data: the SSA data (about 115,000 rows) stay whole,
    /// the pooled international data (about 450,000 rows) are sampled.
    /// </summary>
    public int TreesMaximumRows { get; init; } = 250_000;

    public int TreesLeafCount { get; init; } = 63;

    public int TreesIterationCount { get; init; } = 200;

    public double TreesLearningRate { get; init; } = 0.2;

    /// <summary>The logistic regression's weight in the average; the trees get the rest.</summary>
    public double LinearWeight { get; init; } = 0.5;
}
