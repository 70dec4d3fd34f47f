namespace NameGender.Feedback.Records;

/// <summary>Where a record's gender came from.</summary>
public enum GenderSource
{
    /// <summary>The predictor's lookup of counted births.</summary>
    Lookup,

    /// <summary>The predictor's character model, for a name the data never saw.</summary>
    Model,

    /// <summary>The predictor found no usable first name; the gender is unknown.</summary>
    None,

    /// <summary>A person set it by hand; Identify Gender never overwrites it.</summary>
    Manual,
}
