namespace NameGender.Core.Names;

/// <summary>One word of a raw name after cleaning: lower-case letters, hyphens between compound parts.</summary>
internal readonly record struct NameToken(string Text)
{
    public bool IsInitial => Text.Length == 1;

    public bool IsHyphenated => Text.Contains('-', StringComparison.Ordinal);

    public string Joined => IsHyphenated ? Text.Replace("-", string.Empty, StringComparison.Ordinal) : Text;

    public string FirstPart => IsHyphenated ? Text[..Text.IndexOf('-', StringComparison.Ordinal)] : Text;
}
