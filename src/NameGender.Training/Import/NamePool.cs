namespace NameGender.Training.Import;

/// <summary>
/// Hands out one string instance per distinct name, so two million records of some hundred
/// thousand names hold only that many strings.
/// </summary>
internal sealed class NamePool
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public string Intern(string name)
    {
        if (_names.TryGetValue(name, out var pooled))
        {
            return pooled;
        }

        _names.Add(name, name);
        return name;
    }
}
