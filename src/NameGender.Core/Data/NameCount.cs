namespace NameGender.Core.Data;

/// <summary>
/// One imported fact: <paramref name="Count"/> people named <paramref name="Name"/> were recorded
/// with <paramref name="Sex"/>, born in <paramref name="Period"/> when known, in
/// <paramref name="Country"/> when known.
/// </summary>
/// <param name="Name">The name as the source spells it.</param>
/// <param name="Sex">The recorded sex.</param>
/// <param name="Period">The birth years the count covers, or null when the source has none.</param>
/// <param name="Count">
/// Births (or residents) for count sources; for label sources, the documented weight a label row
/// carries.
/// </param>
/// <param name="Country">The ISO 3166-1 alpha-2 code, upper case, or null when the source has none.</param>
public readonly record struct NameCount(
    string Name, Sex Sex, YearPeriod? Period, long Count, string? Country = null);
