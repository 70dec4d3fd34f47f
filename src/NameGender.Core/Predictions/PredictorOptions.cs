using System.Globalization;

namespace NameGender.Core.Predictions;

/// <summary>How the predictor turns probabilities into answers.</summary>
public sealed record PredictorOptions
{
    /// <summary>
    /// The unknown threshold: a name is female or male only when max(p, 1 − p) reaches it. Null uses
    /// the model's own default, recorded in its manifest.
    /// </summary>
    public double? Threshold { get; init; }

    /// <summary>Returns an error message when the options cannot be used, else null.</summary>
    public string? Validate() =>
        Threshold is { } t && !(t >= 0.5 && t <= 1.0)
            ? string.Create(CultureInfo.InvariantCulture, $"the threshold must be within 0.5–1.0; found {t}")
            : null;
}
