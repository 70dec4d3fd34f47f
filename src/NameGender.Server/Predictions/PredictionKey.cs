using NameGender.Core.Data;

namespace NameGender.Server.Predictions;

/// <summary>
/// A cached prediction's key: the name exactly as it reached the predictor, and the birth years
/// and country (ISO code, upper case) asked.
/// </summary>
internal readonly record struct PredictionKey(string Name, YearPeriod? Born, string? Country = null);
