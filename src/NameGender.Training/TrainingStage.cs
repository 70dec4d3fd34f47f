namespace NameGender.Training;

/// <summary>The steps of a training run, reported as progress.</summary>
public enum TrainingStage
{
    Aggregating,

    /// <summary>Fitting the character model: the held-out and the final fit run side by side.</summary>
    Fitting,

    EvaluatingHeldOut,
    CheckingLookup,
    Done,
}
