using System.Text;

namespace NameGender.Cli.Labeling;

/// <summary>Resolves --encoding: any name .NET knows, the Windows and ISO code pages included.</summary>
internal static class InputEncodings
{
    public const string Examples = "utf-8, windows-1252, iso-8859-1, iso-8859-15, utf-16, shift_jis";

    static InputEncodings()
    {
        // .NET has only the Unicode encodings, ASCII and Latin-1 until the code pages are registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The encoding called <paramref name="name"/>; null and a message when there is none.</summary>
    public static Encoding? Find(string name, out string? error)
    {
        ArgumentNullException.ThrowIfNull(name);

        error = null;
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            error = $"unknown encoding '{name}'; use a .NET encoding name, e.g. {Examples}";
            return null;
        }
    }
}
