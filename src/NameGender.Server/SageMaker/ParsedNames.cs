using NameGender.Server.Predictions;

namespace NameGender.Server.SageMaker;

/// <summary>The names an invocation body holds, in order, or why the body cannot be read.</summary>
internal sealed class ParsedNames
{
    private ParsedNames(IReadOnlyList<NameInput> names, string? error)
    {
        Names = names;
        Error = error;
    }

    public IReadOnlyList<NameInput> Names { get; }

    public string? Error { get; }

    public static ParsedNames Of(List<NameInput> names)
    {
        ArgumentNullException.ThrowIfNull(names);

        foreach (var name in names)
        {
            if (name.Name.Length > 0)
            {
                return new ParsedNames(names, null);
            }
        }

        return Fail("The body holds no names: it is empty, or only blanks and separators.");
    }

    public static ParsedNames Fail(string error) => new([], error);
}
