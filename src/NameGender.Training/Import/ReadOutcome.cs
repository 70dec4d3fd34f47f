namespace NameGender.Training.Import;

/// <summary>What a source turned out to be once read.</summary>
/// <param name="Format">One of <see cref="SourceFormats"/>, with "+gzip" when compressed.</param>
/// <param name="Kind">Whether its counts are births or label weights.</param>
internal readonly record struct ReadOutcome(string Format, SourceKind Kind)
{
    public ReadOutcome Gzipped() => this with { Format = Format + SourceFormats.GzipSuffix };
}
