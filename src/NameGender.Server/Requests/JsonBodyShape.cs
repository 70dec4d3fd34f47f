namespace NameGender.Server.Requests;

/// <summary>
/// What a JSON request body takes: an example to show, and each field with what it holds in plain
/// words ("a whole number from 1 to 5, or null"), for the errors that name a field.
/// </summary>
/// <param name="Example">A valid body, shown when the body is missing or not an object.</param>
/// <param name="Fields">Every field the body may have, in the order the errors list them.</param>
internal sealed record JsonBodyShape(string Example, IReadOnlyDictionary<string, string> Fields)
{
    public string FieldList => string.Join(", ", Fields.Keys);
}
