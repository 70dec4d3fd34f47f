namespace NameGender.Feedback.Insights;

/// <summary>Do women like the service better than men? The figures and the answer.</summary>
/// <param name="Records">All feedback records.</param>
/// <param name="Pending">Records Identify Gender has not run on yet; left out.</param>
/// <param name="Unknown">Records whose gender is unknown without a probability (no usable first name); left out.</param>
/// <param name="Weighted">Records that count, each by its probability: p_female to women, 1 − p_female to men.</param>
/// <param name="Women">The women's figures.</param>
/// <param name="Men">The men's figures.</param>
/// <param name="Rating">Women minus men in mean rating; null while either group has too few rated records.</param>
/// <param name="Positive">Women minus men in the share of positive feedback.</param>
/// <param name="Negative">Women minus men in the share of negative feedback.</param>
/// <param name="Answer">The answer in one plain sentence.</param>
public sealed record GenderInsights(
    int Records,
    int Pending,
    int Unknown,
    int Weighted,
    GroupInsights Women,
    GroupInsights Men,
    Comparison? Rating,
    Comparison? Positive,
    Comparison? Negative,
    string Answer);
