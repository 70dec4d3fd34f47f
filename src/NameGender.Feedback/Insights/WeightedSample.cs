namespace NameGender.Feedback.Insights;

/// <summary>
/// A weighted mean of values (a rating, or 1/0 for "is positive"), each record counting with its
/// weight (p_female for women, 1 − p_female for men), with the spread a confidence interval needs.
/// </summary>
/// <remarks>
/// The variance is the ratio estimator's linearized (sandwich) variance:
/// Var(mean) = n/(n−1) · Σ (w_i (y_i − mean) / Σw)². When values do not depend on the weights it
/// equals s² / n_eff with n_eff = (Σw)² / Σw², the effective sample size; unlike that shortcut it
/// also gives the variance of a difference between two groups that share records (a record with
/// p_female 0.7 is in both), through <see cref="Influence"/>.
/// </remarks>
internal sealed class WeightedSample
{
    private readonly double[] _values;
    private readonly double[] _weights;

    public WeightedSample(double[] values, double[] weights)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        if (values.Length != weights.Length)
        {
            throw new ArgumentException("Values and weights must pair up.", nameof(weights));
        }

        _values = values;
        _weights = weights;
        double sum = 0, sumOfSquares = 0, weighted = 0;
        var records = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += weights[i];
            sumOfSquares += weights[i] * weights[i];
            weighted += weights[i] * values[i];
            records += weights[i] > 0.5 ? 1 : 0;
        }

        TotalWeight = sum;
        Records = records;
        EffectiveCount = sumOfSquares > 0 ? sum * sum / sumOfSquares : 0;
        Mean = sum > 0 ? weighted / sum : double.NaN;
    }

    /// <summary>How many values there are, whatever their weight.</summary>
    public int Count => _values.Length;

    /// <summary>
    /// Records that lean to this group (weight above one half). Every record still counts by its
    /// weight; this says how many people the group mostly stands for.
    /// </summary>
    public int Records { get; }

    public double TotalWeight { get; }

    /// <summary>(Σw)² / Σw²: how many equally weighted records the sample is worth.</summary>
    public double EffectiveCount { get; }

    public double Mean { get; }

    /// <summary>Record <paramref name="i"/>'s first-order share of the mean's error.</summary>
    public double Influence(int i) => _weights[i] * (_values[i] - Mean) / TotalWeight;

    /// <summary>The mean's linearized variance.</summary>
    public double Variance()
    {
        if (Count < 2 || TotalWeight <= 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (var i = 0; i < Count; i++)
        {
            var influence = Influence(i);
            sum += influence * influence;
        }

        return sum * Count / (Count - 1);
    }
}
