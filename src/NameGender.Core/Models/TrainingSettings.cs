namespace NameGender.Core.Models;

/// <summary>How a model was trained, recorded in its manifest so the run can be repeated.</summary>
/// <param name="Seed">The random seed of every stochastic step.</param>
/// <param name="Holdout">The held-out fraction of names, or null when none was held out.</param>
/// <param name="HoldoutOnly">True when the written model is the one trained without the held-out names.</param>
/// <param name="CharacterModel">The character model's hyper-parameters.</param>
public sealed record TrainingSettings(int Seed, double? Holdout, bool HoldoutOnly, CharacterModelOptions CharacterModel);
