namespace NameGender.Core.Data;

/// <summary>The sex recorded in a birth registration or a label file.</summary>
public enum Sex
{
    Female,
    Male,
}
