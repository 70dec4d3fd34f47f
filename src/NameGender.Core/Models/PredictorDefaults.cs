namespace NameGender.Core.Models;

/// <summary>The settings a model's predictor uses unless the caller overrides them.</summary>
/// <param name="Threshold">The unknown threshold on max(p, 1 − p).</param>
/// <param name="PriorStrength">Pseudo-births of the prior that smooths looked-up counts.</param>
/// <param name="NotAName">The rule that marks a key as unlike any training name.</param>
/// <param name="Pooling">How several countries' evidence is combined.</param>
public sealed record PredictorDefaults(
    double Threshold, double PriorStrength, TrigramRule NotAName, CountryPooling Pooling);
