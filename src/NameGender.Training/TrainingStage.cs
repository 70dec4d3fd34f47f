namespace NameGender.Training;

/// <summary>The steps of a training run, reported as progress.</summary>
public enum TrainingStage
{
    Aggregating,
    FittingHeldOutModel,
    EvaluatingHeldOut,
    FittingFinalModel,
    BuildingLookup,
    Done,
}
