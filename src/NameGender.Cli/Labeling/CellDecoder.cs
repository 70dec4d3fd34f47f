using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Decodes UTF-8 cells into one reused UTF-16 buffer, so looking a cell up costs no allocation.
/// Invalid sequences become U+FFFD (the labeler refuses rows that hold any). Not thread-safe.
/// </summary>
internal sealed class CellDecoder
{
    private char[] _chars = new char[256];

    // Compiled fully optimized from the first call: the labeler's hot path (see LabelPass).
    /// <summary>The cell as UTF-16; valid until the next call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Decode(ReadOnlySpan<byte> cell)
    {
        // UTF-8 never takes fewer bytes than UTF-16 takes chars, so the byte count is room enough.
        if (_chars.Length < cell.Length)
        {
            _chars = new char[Math.Max(cell.Length, _chars.Length * 2)];
        }

        Utf8.ToUtf16(cell, _chars, out _, out var written, replaceInvalidSequences: true);

        return _chars.AsSpan(0, written);
    }
}
