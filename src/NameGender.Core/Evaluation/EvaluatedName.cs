using NameGender.Core.Predictions;

namespace NameGender.Core.Evaluation;

/// <summary>
/// One labelled name and the predictor's answer for it at the lowest threshold, 0.5: then the
/// answer is unknown only where the predictor declines whatever the threshold (no usable given
/// name, a script the model never saw, not a name), and any higher threshold can be applied
/// afterwards without predicting again. <see cref="EvaluatedNames.Predict"/> builds these.
/// </summary>
public sealed record EvaluatedName(LabelledName Truth, Prediction Prediction)
{
    /// <summary>The predictor declines this name at every threshold.</summary>
    public bool Abstains => Prediction.Gender == Gender.Unknown;

    /// <summary>How sure the answer is: max(p, 1 − p); 0 when there is no probability.</summary>
    public double Confidence => Prediction.PFemale is double p ? Math.Max(p, 1 - p) : 0;

    /// <summary>The answer the predictor gives at <paramref name="threshold"/>.</summary>
    public Gender DecideAt(double threshold)
    {
        if (Abstains || Prediction.PFemale is not double p || Math.Max(p, 1 - p) < threshold)
        {
            return Gender.Unknown;
        }

        return p >= 0.5 ? Gender.Female : Gender.Male;
    }
}
