using System.Numerics;
using System.Runtime.CompilerServices;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// Turns one scored row (doubles) into the matrix's float32 cells: an allowed cell gets its score clamped to [0, 1]
/// against rounding, a cell that is not allowed NaN. <see cref="Store"/> does it a vector at a time and equals
/// <see cref="StorePlain"/>, the per-cell definition, bit for bit.
/// </summary>
internal static class RowStore
{
    /// <summary>The vector path: clamp, narrow to float32 and NaN the cells whose bit is clear, a vector of floats at a time.</summary>
    /// <param name="allowed">The whole row's eligibility bits: cell j is bit j % 64 of word j / 64.</param>
    /// <param name="first">The cell of the row that <paramref name="row"/> and <paramref name="cells"/> start at.</param>
    /// <param name="row">The scores of cells <paramref name="first"/> on.</param>
    /// <param name="cells">The matrix cells from <paramref name="first"/> on, as long as <paramref name="row"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per row: too few calls for tiered JIT to reach it in time
    public static void Store(ReadOnlySpan<ulong> allowed, int first, ReadOnlySpan<double> row, Span<float> cells)
    {
        var k = 0;

        // A block of Vector<float>.Count cells (4, 8 or 16: a divisor of 64) starting at a multiple of the count lies
        // inside one word of bits; each lane tests its own bit.
        if (Vector.IsHardwareAccelerated && Vector<float>.Count <= 32 && Vector<float>.Count == 2 * Vector<double>.Count
            && first % Vector<float>.Count == 0)
        {
            var width = Vector<float>.Count;
            var laneBits = LaneBits();
            var blockMask = (1UL << width) - 1; // width <= 32
            var nan = new Vector<float>(float.NaN);
            for (; k <= cells.Length - width; k += width)
            {
                var j = first + k;
                var bits = (int)((allowed[j >> 6] >> (j & 63)) & blockMask);
                var scores = Vector.Narrow(Clamp(new Vector<double>(row[k..])), Clamp(new Vector<double>(row[(k + Vector<double>.Count)..])));
                var isAllowed = Vector.AsVectorSingle(Vector.Equals(new Vector<int>(bits) & laneBits, laneBits));
                Vector.ConditionalSelect(isAllowed, scores, nan).CopyTo(cells[k..]);
            }
        }

        StorePlain(allowed, first + k, row[k..], cells[k..]);
    }

    /// <summary>The per-cell definition (and the vector path's tail); parameters as in <see cref="Store"/>.</summary>
    public static void StorePlain(ReadOnlySpan<ulong> allowed, int first, ReadOnlySpan<double> row, Span<float> cells)
    {
        for (var k = 0; k < cells.Length; k++)
        {
            var j = first + k;
            cells[k] = (allowed[j >> 6] & (1UL << j)) != 0 ? (float)Math.Clamp(row[k], 0, 1) : float.NaN; // a shift by 64 wraps: j % 64
        }
    }

    // Math.Clamp(x, 0, 1) lane by lane, with its exact semantics (NaN and -0 pass through), which Vector.Min/Max do not keep.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Clamp(Vector<double> x) =>
        Vector.ConditionalSelect(
            Vector.LessThan(x, Vector<double>.Zero),
            Vector<double>.Zero,
            Vector.ConditionalSelect(Vector.GreaterThan(x, Vector<double>.One), Vector<double>.One, x));

    // Lane k holds 1 << k.
    private static Vector<int> LaneBits()
    {
        Span<int> bits = stackalloc int[Vector<int>.Count];
        for (var k = 0; k < bits.Length; k++)
        {
            bits[k] = 1 << k;
        }

        return new Vector<int>(bits);
    }
}
