using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace NameGender.Core.Evaluation;

/// <summary>
/// Cross-validation folds by name: the fold is the second 4 bytes of the MD5 of the lower-case
/// name, read as an unsigned integer, modulo the number of folds. Every row of one name lands in
/// the same fold, the assignment is reproducible, and it is independent of the held-out split
/// (which reads the first 4 bytes), so a file of held-out names still spreads over all folds.
/// </summary>
public static class NameFolds
{
    public static int FoldOf(string name, int folds)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 1);

        Span<byte> hash = stackalloc byte[16];
#pragma warning disable CA5351 // A reproducible hash for splitting, as in HoldoutSplit; no security role.
        MD5.HashData(Encoding.UTF8.GetBytes(name.ToLowerInvariant()), hash);
#pragma warning restore CA5351
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(hash[4..]) % (uint)folds);
    }
}
