using System.Globalization;
using NameGender.Core.Predictions;

namespace NameGender.Cli.Output;

/// <summary>
/// The text form of prediction fields, shared by tables and CSV output so both read alike:
/// lower-case enums, p_female with four decimals (empty when null).
/// </summary>
internal static class PredictionFields
{
    public static string Gender(Prediction prediction) => prediction.Gender switch
    {
        Core.Predictions.Gender.Female => "female",
        Core.Predictions.Gender.Male => "male",
        _ => "unknown",
    };

    public static string Source(Prediction prediction) => prediction.Source switch
    {
        PredictionSource.Lookup => "lookup",
        PredictionSource.Model => "model",
        _ => "none",
    };

    public static string PFemale(Prediction prediction) =>
        prediction.PFemale is double p ? p.ToString("0.0000", CultureInfo.InvariantCulture) : string.Empty;

    public static string Evidence(Prediction prediction) =>
        prediction.Evidence.ToString(CultureInfo.InvariantCulture);
}
