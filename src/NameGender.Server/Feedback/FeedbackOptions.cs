namespace NameGender.Server.Feedback;

/// <summary>The feedback app's settings: the "Server:Feedback" section (NAMEGENDER_SERVER__FEEDBACK__*).</summary>
public sealed class FeedbackOptions
{
    /// <summary>The SQLite file used when neither <see cref="Database"/> nor <see cref="Postgres"/> is set.</summary>
    public static string DefaultDatabase { get; } = Path.Combine(DataFolder(), "namegender", "feedback.db");

    /// <summary>Serve the feedback page and its API. Off for a predictions-only server (SageMaker).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The SQLite file holding the feedback, created with its folder on first run; empty for
    /// <see cref="DefaultDatabase"/>.
    /// </summary>
    public string Database { get; set; } = string.Empty;

    /// <summary>
    /// A PostgreSQL connection string (Host=…;Username=…;Password=…;Database=…). When set, feedback
    /// lives there instead of in SQLite, and several servers can share it.
    /// </summary>
    public string? Postgres { get; set; }

    /// <summary>Add generated demo feedback at start-up when the database holds none.</summary>
    public bool Demo { get; set; }

    /// <summary>How many demo records to generate.</summary>
    public int DemoRecords { get; set; } = NameGender.Feedback.Demo.DemoFeedback.DefaultCount;

    /// <summary>The demo generator's seed: the same seed gives the same people, texts and ratings.</summary>
    public int DemoSeed { get; set; } = NameGender.Feedback.Demo.DemoFeedback.DefaultSeed;

    /// <summary>The SQLite file in use.</summary>
    public string SqlitePath => string.IsNullOrWhiteSpace(Database) ? DefaultDatabase : Database;

    // ~/.local/share on Linux; a container user without a home falls back to the working folder.
    private static string DataFolder()
    {
        var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(folder) ? Environment.CurrentDirectory : folder;
    }
}
