namespace NameGender.Server;

/// <summary>How log lines are written to the console.</summary>
public enum LogFormat
{
    /// <summary>One readable line per event.</summary>
    Text,

    /// <summary>One JSON object per event, with the message template's fields.</summary>
    Json,
}
