namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Turns double scores into the int64 costs OR-Tools needs, so that minimising cost means
/// "most pairs first, then highest total score" (coverage first) or "highest total" (quality first).
/// </summary>
/// <remarks>
/// Each open score s is scaled relative to the largest magnitude M in the grid: q = round(s / M · S), so |q| ≤ S
/// whatever the magnitude of the scores (1e-6 and 1e10 alike use the full range). Coverage first adds a pair
/// bonus B = 2·P·S + 1 (P = the most pairs possible), larger than the spread of the total of any pairing, so one
/// more pair always beats any gain in total; a pair's cost is -(B + q) and an unpaired slot costs 0.
/// Quality first has no bonus and maps a positive score to at least 1, so a pair that adds value is always made
/// when it can be.
/// OR-Tools multiplies costs by about the node count and proves its prices cannot overflow only while about
/// 3 · nodes² · (largest cost) stays below 2^63 (its own "price change bound"); S is chosen with that bound and a
/// factor 2 to spare: S = 2^62 / (3 · (nodes + 1)² · (2·P + 2)). For 1,000 per side that is about 2^30, i.e. scores
/// closer than about 1e-9 of the largest one count as ties. If OR-Tools still reports a possible overflow, the
/// caller retries with <see cref="Coarser"/>.
/// </remarks>
internal readonly struct CostScaling
{
    private const double MaxResolution = 4503599627370496d; // 2^52: finer than a double can tell apart

    private readonly bool _coverageFirst;

    private CostScaling(double resolution, double largest, int pairLimit, bool coverageFirst)
    {
        Resolution = resolution;
        Largest = largest;
        _coverageFirst = coverageFirst;
        PairLimit = pairLimit;
        PairBonus = coverageFirst ? (2L * pairLimit * (long)resolution) + 1 : 0;
    }

    /// <summary>S: the scaled magnitude of the largest score.</summary>
    public double Resolution { get; }

    /// <summary>M: the largest score magnitude among the open cells.</summary>
    public double Largest { get; }

    /// <summary>P: the most pairs a solution can have.</summary>
    public int PairLimit { get; }

    /// <summary>B: what every pair is worth before its score (0 when quality comes first).</summary>
    public long PairBonus { get; }

    public static CostScaling For(Grid grid, int nodes, bool coverageFirst)
    {
        var pairs = Math.Max(1, grid.PairLimit);
        var size = nodes + 1.0;
        var resolution = Math.Floor(Math.Min(MaxResolution, Math.Pow(2, 62) / (3 * size * size * ((2.0 * pairs) + 2))));
        return new CostScaling(resolution, LargestOpen(grid), pairs, coverageFirst);
    }

    /// <summary>A scaling with a resolution the caller picks (CP-SAT wants far smaller coefficients than the flows).</summary>
    public static CostScaling WithResolution(Grid grid, double resolution, bool coverageFirst) =>
        new(Math.Max(1, Math.Floor(Math.Min(MaxResolution, resolution))), LargestOpen(grid), Math.Max(1, grid.PairLimit), coverageFirst);

    /// <summary>The same scaling with 16 times less resolution, or null when too little is left.</summary>
    public CostScaling? Coarser() =>
        Resolution >= 1 << 14 ? new CostScaling(Math.Floor(Resolution / 16), Largest, PairLimit, _coverageFirst) : null;

    /// <summary>The cost of pairing with score <paramref name="score"/>.</summary>
    public long PairCost(double score) => -(PairBonus + Scaled(score));

    /// <summary>q: the score as an integer in [-S, S]; quality first, a positive score is at least 1.</summary>
    public long Scaled(double score)
    {
        // score / M first: |score / M| <= 1, so even M near the smallest double cannot overflow.
        var scaled = Largest > 0 ? (long)Math.Round(score / Largest * Resolution) : 0;
        if (!_coverageFirst && score > 0)
        {
            scaled = Math.Max(1, scaled);
        }

        return scaled;
    }

    private static double LargestOpen(Grid grid) => grid.LargestOpen();
}
