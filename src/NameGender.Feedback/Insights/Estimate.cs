namespace NameGender.Feedback.Insights;

/// <summary>A weighted mean or share with its 95% confidence interval and what stands behind it.</summary>
/// <param name="Value">The mean rating, or the share (0-1).</param>
/// <param name="Low">The interval's lower end.</param>
/// <param name="High">The interval's upper end.</param>
/// <param name="EffectiveCount">(Σw)² / Σw²: how many fully weighted records the estimate is worth.</param>
/// <param name="Records">Records leaning to the group (weight above one half); all count by their weight.</param>
public sealed record Estimate(double Value, double Low, double High, double EffectiveCount, int Records);
