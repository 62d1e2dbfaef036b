namespace ReverseMentoring.Matching.Rules;

/// <summary>A test of one mentor against the mentee of the current row; a struct so that the JIT inlines it per rule.</summary>
internal interface IMentorTest
{
    bool Allows(int mentor);
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
            if (row[w] == 0)
            {
                continue;
            }

            var start = w * BitsPerWord;
            var end = Math.Min(start + BitsPerWord, mentors);
            var keep = 0UL;
            for (var j = start; j < end; j++)
            {
                keep |= (test.Allows(j) ? 1UL : 0UL) << (j - start);
            }

            row[w] &= keep;
        }
    }
}
