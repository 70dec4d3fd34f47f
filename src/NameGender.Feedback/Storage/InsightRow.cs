using NameGender.Sentiment;

namespace NameGender.Feedback.Storage;

/// <summary>What insights read of one record.</summary>
/// <param name="Identified">True once Identify Gender ran (or a person set the gender).</param>
/// <param name="PFemale">P(female); null when the gender is unknown without a probability.</param>
/// <param name="Rating">1-5 or null.</param>
/// <param name="Sentiment">The label, or null when not yet scored.</param>
public readonly record struct InsightRow(bool Identified, double? PFemale, int? Rating, SentimentLabel? Sentiment);
