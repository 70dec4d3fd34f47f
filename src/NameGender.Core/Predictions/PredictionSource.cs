namespace NameGender.Core.Predictions;

/// <summary>Where a prediction's probability comes from.</summary>
public enum PredictionSource
{
    /// <summary>No probability: the input holds no usable given name.</summary>
    None,

    /// <summary>Counted births or labels for the name, smoothed with a prior.</summary>
    Lookup,

    /// <summary>The character model, for a name the data never saw.</summary>
    Model,
}
