namespace NameGender.Training.Import;

/// <summary>What bad-line messages call the name, sex and count fields of a text source.</summary>
/// <param name="Name">The name field.</param>
/// <param name="Sex">The sex field ("sex" or "gender" in a CSV).</param>
/// <param name="Count">The count field ("count" or "births" in a CSV).</param>
internal sealed record FieldNames(string Name, string Sex, string Count)
{
    /// <summary>The fields of an SSA yobYYYY.txt line, which has no header to name them.</summary>
    public static FieldNames Yob { get; } = new("name", "sex", "count");
}
