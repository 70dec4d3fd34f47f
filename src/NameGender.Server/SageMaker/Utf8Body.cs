using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace NameGender.Server.SageMaker;

/// <summary>Strict UTF-8: an invalid byte is an error with its offset, never a U+FFFD inside a name.</summary>
internal static class Utf8Body
{
    /// <summary>Returns why <paramref name="body"/> is not valid UTF-8, or null when it is.</summary>
    public static string? Validate(ReadOnlySpan<byte> body)
    {
        if (Utf8.IsValid(body))
        {
            return null;
        }

        var offset = InvalidOffset(body).ToString(CultureInfo.InvariantCulture);
        return $"The body is not valid UTF-8: the byte at offset {offset} starts no valid sequence.";
    }

    private static int InvalidOffset(ReadOnlySpan<byte> body)
    {
        var chars = ArrayPool<char>.Shared.Rent(body.Length);
        try
        {
            Utf8.ToUtf16(body, chars, out var read, out _, replaceInvalidSequences: false);
            return read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
