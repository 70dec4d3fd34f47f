namespace NameGender.Core.Predictions;

/// <summary>
/// The predicted sex as recorded at birth registration: a statistical guess from the name, never a
/// statement about a person's gender identity.
/// </summary>
public enum Gender
{
    Unknown,
    Female,
    Male,
}
