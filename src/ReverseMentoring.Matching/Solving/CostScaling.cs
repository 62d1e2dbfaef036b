using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Turns double scores into the int64 costs OR-Tools needs, so that minimising cost means
/// "most pairs first, then highest total score".
/// </summary>
/// <remarks>
/// Each allowed score s is scaled relative to the largest magnitude M in the matrix:
/// q = round(s / M * S), so |q| ≤ S whatever the magnitude of the scores (1e-6 and 1e10 alike use the full range).
/// A pair's cost is -(B + q) with a pair bonus B = 2·N·S + 1, larger than the spread of the total of any pairing,
/// so one more pair always beats any gain in total. An unpaired slot costs 0.
/// OR-Tools multiplies costs by about N+1 internally, so S is the largest value with (B + S)·(N + 1) &lt; 2^61;
/// for N = 1000 that is about 2^40, i.e. scores closer than 1e-12 of the largest one count as ties.
/// On an overflow report the caller retries with <see cref="Coarser"/>.
/// </remarks>
internal readonly struct CostScaling
{
    private const double MaxResolution = 4503599627370496d; // 2^52: finer than a double can tell apart

    private readonly double _factor;

    private CostScaling(double resolution, double largestMagnitude, int size)
    {
        Resolution = resolution;
        _factor = largestMagnitude > 0 ? resolution / largestMagnitude : 0;
        PairBonus = (2L * size * (long)resolution) + 1;
    }

    /// <summary>S: the scaled magnitude of the largest score.</summary>
    public double Resolution { get; }

    /// <summary>B: what every pair is worth before its score.</summary>
    public long PairBonus { get; }

    public static CostScaling For(ScoreMatrix matrix, int size)
    {
        double largest = 0;
        for (var i = 0; i < matrix.MenteeCount; i++)
        {
            for (var j = 0; j < matrix.MentorCount; j++)
            {
                if (matrix.IsAllowed(i, j))
                {
                    largest = Math.Max(largest, Math.Abs(matrix[i, j]));
                }
            }
        }

        var n = (double)size;
        var resolution = Math.Floor(Math.Min(MaxResolution, Math.Pow(2, 61) / ((2 * n) + 2) / (n + 1)));
        return new CostScaling(resolution, largest, size) { Largest = largest };
    }

    public double Largest { get; private init; }

    /// <summary>The same scaling with 16 times less resolution, or null when none is left.</summary>
    public CostScaling? Coarser(int size) =>
        Resolution >= 1 << 14 ? new CostScaling(Math.Floor(Resolution / 16), Largest, size) { Largest = Largest } : null;

    /// <summary>The cost of pairing with score <paramref name="score"/>.</summary>
    public long PairCost(double score) => -(PairBonus + (long)Math.Round(score * _factor));
}
