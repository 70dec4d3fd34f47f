namespace NameGender.Core.Models;

/// <summary>How a country's evidence for a name weighs in a pooled estimate.</summary>
public enum CountryWeighting
{
    /// <summary>log(1 + evidence): a country with 100 times the births weighs about twice as much.</summary>
    LogEvidence,

    /// <summary>Every country with evidence weighs the same.</summary>
    Equal,

    /// <summary>The square root of the evidence.</summary>
    SquareRootEvidence,

    /// <summary>The evidence itself: raw sums, where the largest countries decide.</summary>
    Evidence,
}
