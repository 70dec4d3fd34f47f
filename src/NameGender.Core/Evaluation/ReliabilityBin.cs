namespace NameGender.Core.Evaluation;

/// <summary>One bin of a reliability diagram: names whose p_female fell in [Lower, Upper).</summary>
/// <param name="Lower">The bin's lower edge.</param>
/// <param name="Upper">The bin's upper edge (the last bin includes 1).</param>
/// <param name="Names">Names in the bin.</param>
/// <param name="MeanPFemale">Their mean predicted p_female.</param>
/// <param name="ShareFemale">
/// The share of them whose truth is female: what a calibrated model's mean would equal.
/// </param>
public sealed record ReliabilityBin(
    double Lower, double Upper, int Names, double MeanPFemale, double ShareFemale);
