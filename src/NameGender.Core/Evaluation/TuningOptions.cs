using System.Globalization;

namespace NameGender.Core.Evaluation;

/// <summary>How to choose the unknown threshold on a labelled file.</summary>
public sealed record TuningOptions
{
    public TuningObjective Objective { get; init; } = TuningObjective.ErrorCoded;

    /// <summary>Only thresholds whose errorCodedWithoutNA is at most this qualify; null for no cap.</summary>
    public double? MaxErrorCodedWithoutNa { get; init; }

    /// <summary>Only thresholds whose naCoded is at most this qualify; null for no cap.</summary>
    public double? MaxNaCoded { get; init; }

    /// <summary>Cross-validation folds: each is held out once while the others choose a threshold.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Returns an error message when the options cannot be used, else null.</summary>
    public string? Validate()
    {
        if (Folds is < 2 or > 20)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the folds must be 2-20; found {Folds}");
        }

        if (MaxErrorCodedWithoutNa is { } error && !(error >= 0 && error <= 1))
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"the cap on errorCodedWithoutNA must be within 0-1; found {error}");
        }

        return MaxNaCoded is { } na && !(na >= 0 && na <= 1)
            ? string.Create(
                CultureInfo.InvariantCulture, $"the cap on naCoded must be within 0-1; found {na}")
            : null;
    }

    /// <summary>Whether the figures at one threshold satisfy the caps.</summary>
    public bool Admits(BenchmarkFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);

        return figures.ErrorCodedWithoutNa <= (MaxErrorCodedWithoutNa ?? double.PositiveInfinity)
            && figures.NaCoded <= (MaxNaCoded ?? double.PositiveInfinity);
    }

    /// <summary>The value the objective minimises.</summary>
    public double Score(BenchmarkFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);

        return Objective switch
        {
            TuningObjective.ErrorCoded => figures.ErrorCoded,
            TuningObjective.ErrorCodedWithoutNa => figures.ErrorCodedWithoutNa,
            TuningObjective.NaCoded => figures.NaCoded,
            _ => Math.Abs(figures.ErrorGenderBias),
        };
    }
}
