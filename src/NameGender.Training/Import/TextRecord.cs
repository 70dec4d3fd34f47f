using NameGender.Core.Data;

namespace NameGender.Training.Import;

/// <summary>Checks the text fields of a yob or CSV line and hands the record on.</summary>
internal static class TextRecord
{
    /// <summary>
    /// Adds the record, skips it for an unknown sex, or rejects the line at its first bad field.
    /// A null <paramref name="count"/> marks a label row, which carries the label weight. A null
    /// <paramref name="country"/> leaves the record to the input's or the format's country.
    /// </summary>
    public static void Add(
        RecordCollector collector,
        RecordPosition position,
        FieldNames fields,
        string name,
        string sex,
        string? count,
        YearPeriod? period,
        string? country = null)
    {
        var trimmedName = name.Trim();
        if (trimmedName.Length == 0)
        {
            collector.Reject(position.BadField(fields.Name, FieldRules.NameExpected, name));
            return;
        }

        var reading = FieldRules.ReadSex(sex);
        if (reading == SexReading.Invalid)
        {
            collector.Reject(position.BadField(fields.Sex, FieldRules.SexExpected, sex));
            return;
        }

        var births = collector.Options.LabelWeight;
        if (count is not null && !FieldRules.TryReadCount(count, out births))
        {
            collector.Reject(position.BadField(fields.Count, FieldRules.CountExpected, count));
            return;
        }

        if (reading == SexReading.Unknown)
        {
            collector.SkipUnknownSex();
            return;
        }

        collector.Add(trimmedName, FieldRules.ToSex(reading), period, births, country);
    }
}
