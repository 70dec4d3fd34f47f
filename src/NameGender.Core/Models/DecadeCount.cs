namespace NameGender.Core.Models;

/// <summary>Female and male counts of one name for births in the decade starting <paramref name="Decade"/>.</summary>
public readonly record struct DecadeCount(int Decade, long Female, long Male);
