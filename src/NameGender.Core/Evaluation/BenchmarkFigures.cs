using NameGender.Core.Predictions;

namespace NameGender.Core.Evaluation;

/// <summary>
/// The four figures used to benchmark name-to-gender services (Santamaría and Mihaljević,
/// "Comparison and benchmark of name-to-gender inference services", PeerJ Computer Science 4:e156,
/// 2018), over names at one unknown threshold. A name is misclassified when answered with the sex
/// opposite to its truth (its majority sex), unknown when not answered.
/// </summary>
public sealed record BenchmarkFigures
{
    public required double Threshold { get; init; }

    /// <summary>All evaluated names.</summary>
    public required int Names { get; init; }

    /// <summary>Names answered female or male.</summary>
    public required int Classified { get; init; }

    /// <summary>Names answered unknown.</summary>
    public required int Unknown { get; init; }

    /// <summary>Classified names answered with the wrong sex.</summary>
    public required int Misclassified { get; init; }

    /// <summary>Male names answered female.</summary>
    public required int MaleAsFemale { get; init; }

    /// <summary>Female names answered male.</summary>
    public required int FemaleAsMale { get; init; }

    /// <summary>(misclassified + unknown) / all: every name not answered right.</summary>
    public required double ErrorCoded { get; init; }

    /// <summary>misclassified / classified: the error rate of the answers given.</summary>
    public required double ErrorCodedWithoutNa { get; init; }

    /// <summary>unknown / all: the share left unanswered.</summary>
    public required double NaCoded { get; init; }

    /// <summary>(male→female − female→male) / classified: positive when errors lean female.</summary>
    public required double ErrorGenderBias { get; init; }

    /// <summary>classified / all (1 − naCoded).</summary>
    public double Coverage => Names == 0 ? 0 : (double)Classified / Names;

    /// <summary>Right answers / classified (1 − errorCodedWithoutNA).</summary>
    public double AnsweredAccuracy => Classified == 0 ? 0 : 1 - ErrorCodedWithoutNa;

    public static BenchmarkFigures At(IReadOnlyList<EvaluatedName> names, double threshold)
    {
        ArgumentNullException.ThrowIfNull(names);

        return Tally(names.Select(n => (n, threshold)), threshold);
    }

    /// <summary>
    /// The figures of names each answered at its own threshold, e.g. cross-validation folds pooled;
    /// <paramref name="reportedThreshold"/> is what <see cref="Threshold"/> then says.
    /// </summary>
    public static BenchmarkFigures Tally(
        IEnumerable<(EvaluatedName Name, double Threshold)> answers, double reportedThreshold)
    {
        ArgumentNullException.ThrowIfNull(answers);

        var (all, maleAsFemale, femaleAsMale, unknown) = (0, 0, 0, 0);
        foreach (var (name, threshold) in answers)
        {
            all++;
            switch (name.DecideAt(threshold))
            {
                case Gender.Unknown:
                    unknown++;
                    break;
                case Gender.Female when !name.Truth.IsFemale:
                    maleAsFemale++;
                    break;
                case Gender.Male when name.Truth.IsFemale:
                    femaleAsMale++;
                    break;
            }
        }

        var classified = all - unknown;
        var misclassified = maleAsFemale + femaleAsMale;
        return new BenchmarkFigures
        {
            Threshold = reportedThreshold,
            Names = all,
            Classified = classified,
            Unknown = unknown,
            Misclassified = misclassified,
            MaleAsFemale = maleAsFemale,
            FemaleAsMale = femaleAsMale,
            ErrorCoded = Ratio(misclassified + unknown, all),
            ErrorCodedWithoutNa = Ratio(misclassified, classified),
            NaCoded = Ratio(unknown, all),
            ErrorGenderBias = Ratio(maleAsFemale - femaleAsMale, classified),
        };
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
