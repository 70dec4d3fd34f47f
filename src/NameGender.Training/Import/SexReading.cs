namespace NameGender.Training.Import;

/// <summary>What a sex field says: a sex, an explicit "unknown", or something unreadable.</summary>
internal enum SexReading
{
    Female,
    Male,
    Unknown,
    Invalid,
}
