namespace NameGender.Core.Evaluation;

/// <summary>What threshold tuning minimises: one of the four benchmark figures.</summary>
public enum TuningObjective
{
    /// <summary>
    /// (misclassified + unknown) / all. Alone it always picks the lowest threshold; pair it with a cap
    /// on errorCodedWithoutNA.
    /// </summary>
    ErrorCoded,

    /// <summary>
    /// misclassified / classified. Alone it picks the highest threshold; pair it with a cap on naCoded.
    /// </summary>
    ErrorCodedWithoutNa,

    /// <summary>unknown / all.</summary>
    NaCoded,

    /// <summary>|male→female − female→male| / classified.</summary>
    ErrorGenderBias,
}
