using NameGender.Core.Data;

namespace NameGender.Server.Predictions;

/// <summary>
/// One name a request asks about, trimmed, with the birth years and country (ISO code, upper case)
/// it asks for, if any.
/// </summary>
internal readonly record struct NameInput(string Name, YearPeriod? Born, string? Country = null);
