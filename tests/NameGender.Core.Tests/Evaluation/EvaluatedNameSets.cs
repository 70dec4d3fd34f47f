using NameGender.Core.Evaluation;
using NameGender.Core.Predictions;

namespace NameGender.Core.Tests.Evaluation;

/// <summary>Hand-made evaluated names: a truth and a prediction as the predictor gives it at threshold 0.5.</summary>
internal static class EvaluatedNameSets
{
    public static EvaluatedName Female(string name, double? pFemale, long evidence = 0, double births = 1) =>
        Make(new LabelledName(name, births, 0), pFemale, evidence);

    public static EvaluatedName Male(string name, double? pFemale, long evidence = 0, double births = 1) =>
        Make(new LabelledName(name, 0, births), pFemale, evidence);

    /// <summary>A name the predictor declines at every threshold (here: not a name), though it has a p_female.</summary>
    public static EvaluatedName Declined(string name, bool female, double pFemale) =>
        new(
            new LabelledName(name, female ? 1 : 0, female ? 0 : 1),
            new Prediction(name, name, Gender.Unknown, pFemale, 0, PredictionSource.Model, "unlike any name"));

    public static EvaluatedName Make(LabelledName truth, double? pFemale, long evidence = 0)
    {
        var gender = pFemale switch
        {
            null => Gender.Unknown,
            >= 0.5 => Gender.Female,
            _ => Gender.Male,
        };
        var source = pFemale is null ? PredictionSource.None : evidence > 0 ? PredictionSource.Lookup : PredictionSource.Model;
        return new EvaluatedName(truth, new Prediction(truth.Name, truth.Name.ToLowerInvariant(), gender, pFemale, evidence, source, null));
    }
}
