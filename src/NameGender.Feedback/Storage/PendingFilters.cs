namespace NameGender.Feedback.Storage;

/// <summary>
/// The SQL conditions for "still waiting for a prediction", shared by listing and by the runs so
/// both agree on what pending means. Parameters: @model (text, may be null) and @force (boolean).
/// </summary>
internal static class PendingFilters
{
    /// <summary>Never identified, or identified by a model other than @model; never a manual gender.</summary>
    public const string Gender =
        "(gender_source IS NULL OR (gender_source <> 'manual' AND gender_model IS DISTINCT FROM @model))";

    /// <summary>Never identified: the meaning of pending while no model is served.</summary>
    public const string GenderWithoutModel = "gender_source IS NULL";

    /// <summary>What a forced run redoes: every record but those set by hand.</summary>
    public const string GenderForced = "(gender_source IS NULL OR gender_source <> 'manual')";

    public const string Sentiment = "sentiment IS NULL";
}
