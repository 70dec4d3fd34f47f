namespace NameGender.Core.Evaluation;

/// <summary>
/// Calibration: predicted p_female against the observed share of female names, in ten equal-width
/// bins, and the expected calibration error (each bin's gap weighted by its share of names). The
/// binning is the one <see cref="Evaluator"/> uses, so the two ECE figures agree.
/// </summary>
public sealed record ReliabilityDiagram(IReadOnlyList<ReliabilityBin> Bins, double ExpectedCalibrationError)
{
    public const int BinCount = 10;

    public static ReliabilityDiagram Compute(IReadOnlyList<EvaluatedName> names)
    {
        ArgumentNullException.ThrowIfNull(names);

        var sums = new (double SumP, int Female, int Count)[BinCount];
        foreach (var name in names)
        {
            if (name.Prediction.PFemale is not double p)
            {
                continue;
            }

            var bin = Math.Min((int)(p * BinCount), BinCount - 1);
            sums[bin].SumP += p;
            sums[bin].Female += name.Truth.IsFemale ? 1 : 0;
            sums[bin].Count++;
        }

        var total = sums.Sum(s => s.Count);
        var bins = new List<ReliabilityBin>(BinCount);
        var error = 0.0;
        for (var i = 0; i < BinCount; i++)
        {
            var (sumP, female, count) = sums[i];
            var mean = count == 0 ? 0 : sumP / count;
            var share = count == 0 ? 0 : (double)female / count;
            var (lower, upper) = ((double)i / BinCount, (double)(i + 1) / BinCount);
            bins.Add(new ReliabilityBin(lower, upper, count, mean, share));
            error += total == 0 ? 0 : Math.Abs(mean - share) * count / total;
        }

        return new ReliabilityDiagram(bins, error);
    }
}
