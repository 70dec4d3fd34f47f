using NameGender.Feedback.Records;

namespace NameGender.Feedback.Storage;

/// <summary>The gender to write to one record.</summary>
public sealed record GenderAssignment(long Id, GenderReading Reading);
