namespace NameGender.Training.Import;

/// <summary>What a model's manifest says of where an input's data came from.</summary>
/// <param name="Publisher">Who published the data, as its attribution asks to name them.</param>
/// <param name="Licence">The licence the data were published under.</param>
/// <param name="CountMeaning">
/// What a count means (births of a period, living residents, labels without counts); null when
/// not stated.
/// </param>
public sealed record SourceAttribution(string Publisher, string Licence, string? CountMeaning = null);
