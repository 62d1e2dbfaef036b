namespace ReverseMentoring.Matching.Rules;

/// <summary>A test of one mentor against the mentee of the current row; a struct so that the JIT inlines it per rule.</summary>
internal interface IMentorTest
{
    bool Allows(int mentor);
}

/// <summary>A test that can also answer for a whole word of 64 mentors at once (rules whose test vectorises).</summary>
internal interface IMentorWordTest : IMentorTest
{
    /// <summary>Bit k set when mentor <paramref name="start"/> + k is allowed, for k in 0..63 (all 64 exist): the same answers as <see cref="IMentorTest.Allows"/>.</summary>
    ulong AllowsWord(int start);
}

/// <summary>Helpers for rows of the allowed-pairs bitset: 64 mentors per word, mentor j at bit j % 64 of word j / 64.</summary>
internal static class RowBits
{
    public const int BitsPerWord = 64;

    /// <summary>How many words hold a row of <paramref name="mentors"/> bits.</summary>
    public static int WordsFor(int mentors) => (mentors + BitsPerWord - 1) / BitsPerWord;

    /// <summary>Sets the first <paramref name="mentors"/> bits of the row and clears the rest of its last word.</summary>
    public static void Fill(Span<ulong> row, int mentors)
    {
        row.Fill(ulong.MaxValue);
        var tail = mentors % BitsPerWord;
        if (tail != 0)
        {
            row[^1] = (1UL << tail) - 1;
        }
    }

    /// <summary>Clears the bit of each mentor that <paramref name="test"/> rejects; asks about every mentor, without branching on the answer.</summary>
    public static void Restrict<TTest>(Span<ulong> row, int mentors, TTest test)
        where TTest : struct, IMentorTest
    {
        for (var w = 0; w < row.Length; w++)
        {
            if (row[w] != 0)
            {
                row[w] &= Word(test, w * BitsPerWord, Math.Min((w + 1) * BitsPerWord, mentors));
            }
        }
    }

    /// <summary>
    /// <see cref="Restrict{TTest}"/> with every full word of 64 mentors asked at once (a vector compare per few mentors
    /// instead of a test per mentor), the last, partial word mentor by mentor.
    /// </summary>
    public static void RestrictByWords<TTest>(Span<ulong> row, int mentors, TTest test)
        where TTest : struct, IMentorWordTest
    {
        var full = mentors / BitsPerWord;
        for (var w = 0; w < row.Length; w++)
        {
            if (row[w] != 0)
            {
                row[w] &= w < full ? test.AllowsWord(w * BitsPerWord) : Word(test, w * BitsPerWord, mentors);
            }
        }
    }

    /// <summary>The bits of mentors <paramref name="start"/> to <paramref name="end"/> − 1 that <paramref name="test"/> allows (bit 0: <paramref name="start"/>).</summary>
    public static ulong Word<TTest>(TTest test, int start, int end)
        where TTest : struct, IMentorTest
    {
        var keep = 0UL;
        for (var j = start; j < end; j++)
        {
            keep |= (test.Allows(j) ? 1UL : 0UL) << (j - start);
        }

        return keep;
    }
}
