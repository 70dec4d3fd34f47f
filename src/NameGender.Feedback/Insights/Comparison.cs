namespace NameGender.Feedback.Insights;

/// <summary>Women minus men for one measure, with its 95% confidence interval and a plain verdict.</summary>
/// <param name="Difference">Women's estimate minus men's.</param>
/// <param name="Low">The interval's lower end.</param>
/// <param name="High">The interval's upper end.</param>
/// <param name="Meaningful">True when the interval leaves out zero.</param>
/// <param name="Sentence">The comparison in one plain sentence.</param>
public sealed record Comparison(double Difference, double Low, double High, bool Meaningful, string Sentence);
