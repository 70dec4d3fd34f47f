namespace NameGender.Cli.Labeling;

/// <summary>Where the labeler finds what it reads in each row.</summary>
/// <param name="Name">The index of the name column.</param>
/// <param name="Born">The index of the birth-year column; -1 when there is none.</param>
/// <param name="HeaderCount">The header's field count, which every row should have.</param>
/// <param name="Country">The index of the country column; -1 when there is none.</param>
internal readonly record struct LabelledColumns(int Name, int Born, int HeaderCount, int Country = -1);
