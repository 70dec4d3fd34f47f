namespace NameGender.Feedback.Insights;

/// <summary>One group's figures; an estimate is null while fewer than two records' worth stand behind it.</summary>
/// <param name="Records">Records leaning to the group: p_female above one half for women, below for men.</param>
/// <param name="Weight">The group's share of those records, summed: Σ p_female for women.</param>
/// <param name="MeanRating">The mean rating, 1-5.</param>
/// <param name="PositiveShare">The share of scored feedback labelled POSITIVE.</param>
/// <param name="NegativeShare">The share of scored feedback labelled NEGATIVE.</param>
public sealed record GroupInsights(
    int Records, double Weight, Estimate? MeanRating, Estimate? PositiveShare, Estimate? NegativeShare);
