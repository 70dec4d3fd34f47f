namespace NameGender.Core.Evaluation;

/// <summary>
/// Figures of one model on one labelled set. Accuracy reads p_female ≥ 0.5 as female whatever the
/// unknown threshold; coverage and the answered accuracy apply the threshold.
/// </summary>
public sealed record EvaluationSummary
{
    /// <summary>Distinct names (or rows, for one-truth-per-row files) evaluated.</summary>
    public required int Names { get; init; }

    /// <summary>Births (or rows) behind those names.</summary>
    public required double Births { get; init; }

    /// <summary>Share of names whose majority sex the model gets right.</summary>
    public required double Accuracy { get; init; }

    /// <summary>Share of births whose recorded sex the model's guess for their name matches.</summary>
    public required double BirthWeightedAccuracy { get; init; }

    /// <summary>The best any name-only guess can do: the share of births of each name's majority sex.</summary>
    public required double BayesCeiling { get; init; }

    /// <summary>Mean negative log-likelihood of each name's majority sex.</summary>
    public required double LogLoss { get; init; }

    /// <summary>Expected calibration error over ten equal-width bins of p_female.</summary>
    public required double ExpectedCalibrationError { get; init; }

    /// <summary>The unknown threshold the two figures below use.</summary>
    public required double Threshold { get; init; }

    /// <summary>Share of names answered female or male rather than unknown.</summary>
    public required double Coverage { get; init; }

    /// <summary>Accuracy over the answered names only.</summary>
    public required double AccuracyAnswered { get; init; }

    /// <summary>Accuracy over the names whose majority sex is female.</summary>
    public required double FemaleAccuracy { get; init; }

    /// <summary>Accuracy over the names whose majority sex is male.</summary>
    public required double MaleAccuracy { get; init; }

    /// <summary>
    /// (male names called female − female names called male) / names with a probability: positive
    /// when the model errs towards female, negative towards male (errorGenderBias of Santamaría and
    /// Mihaljević 2018, here without the threshold).
    /// </summary>
    public required double GenderBias { get; init; }

    /// <summary>Names with no probability at all (no usable given name): counted as wrong above.</summary>
    public required int Unscored { get; init; }
}
