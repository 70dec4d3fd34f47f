using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NameGender.Core.Evaluation;

/// <summary>
/// The stable split by name: a name is held out when the first 8 hex digits of the MD5 of its
/// lower-case UTF-8 form, read as an unsigned integer, are divisible by <see cref="Modulus"/>.
/// With a fraction of 0.2 (modulus 5) this holds out 20,990 of the 104,819 SSA names; any other
/// tool can reproduce the split from this one sentence. MD5 serves as a hash here, not for security.
/// </summary>
public sealed class HoldoutSplit
{
    private HoldoutSplit(int modulus) => Modulus = modulus;

    public int Modulus { get; }

    public double Fraction => 1.0 / Modulus;

    /// <summary>
    /// Accepts fractions of the form 1/k (0.5, 0.25, 0.2, 0.1, 0.05…), the ones the divisibility rule
    /// can express exactly.
    /// </summary>
    public static bool TryCreate(double fraction, out HoldoutSplit? split, out string? error)
    {
        split = null;
        error = null;
        if (!(fraction > 0 && fraction <= 0.5))
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"the held-out fraction must be above 0 and at most 0.5; found {fraction}");
            return false;
        }

        var modulus = (int)Math.Round(1 / fraction);
        if (Math.Abs((1.0 / modulus) - fraction) > 1e-3)
        {
            var nearest = 1.0 / modulus;
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"the held-out fraction must be 1/k (0.5, 0.25, 0.2, 0.1, 0.05…); found {fraction}, nearest is {nearest:0.###}");
            return false;
        }

        split = new HoldoutSplit(modulus);
        return true;
    }

    public static HoldoutSplit Create(double fraction) =>
        TryCreate(fraction, out var split, out var error) ? split! : throw new ArgumentOutOfRangeException(
            nameof(fraction), fraction, error);

    public bool IsHeldOut(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        var bytes = Encoding.UTF8.GetBytes(name.ToLowerInvariant());
        Span<byte> hash = stackalloc byte[16];
#pragma warning disable CA5351 // The split is defined by MD5 so other tools can reproduce it; no security role.
        MD5.HashData(bytes, hash);
#pragma warning restore CA5351
        var leading = BinaryPrimitives.ReadUInt32BigEndian(hash);
        return leading % (uint)Modulus == 0;
    }
}
