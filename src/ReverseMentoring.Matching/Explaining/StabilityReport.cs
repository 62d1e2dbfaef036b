using System.Numerics;
using System.Runtime.CompilerServices;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Explaining;

/// <summary>
/// How stable a pairing is and, when asked, what it costs against the best total. Works on any pairing, stable or not.
/// Immutable.
/// </summary>
/// <remarks>
/// Preferences come from scores and a strict preference needs a strictly higher score. A blocking pair is a mentee
/// and a mentor whose cell the problem lets a solver pair (allowed, not below the minimum score, above 0 when quality
/// first), who are not paired together, and who would both rather be: each has a free slot or scores the other
/// strictly above its worst current partner. The optimum is what <see cref="PairingSolvers.Automatic"/> finds with the default objective (most pairs,
/// then highest total) under the same capacities, pinned pairs and minimum score. Finding it is a second full solve of
/// the problem, many times the cost of the blocking-pair scan, so it is optional: without it the optimum members are
/// null.
/// </remarks>
public sealed class StabilityReport
{
    private StabilityReport(IReadOnlyList<SolvedPair> blockingPairs, int pairCount, double total, int? optimalPairCount, double? optimalTotal)
    {
        BlockingPairs = blockingPairs;
        PairCount = pairCount;
        Total = total;
        OptimalPairCount = optimalPairCount;
        OptimalTotal = optimalTotal;
    }

    /// <summary>The pairs that would rather be together, sorted by mentee id then mentor id (ordinal).</summary>
    public IReadOnlyList<SolvedPair> BlockingPairs { get; }

    /// <summary>How many blocking pairs there are.</summary>
    public int BlockingPairCount => BlockingPairs.Count;

    /// <summary>Whether the pairing has no blocking pair.</summary>
    public bool IsStable => BlockingPairs.Count == 0;

    /// <summary>How many pairs the analysed pairing has.</summary>
    public int PairCount { get; }

    /// <summary>The analysed pairing's total score.</summary>
    public double Total { get; }

    /// <summary>How many pairs the optimal pairing has; null when the optimum was not computed.</summary>
    public int? OptimalPairCount { get; }

    /// <summary>
    /// The optimal pairing's total score under the problem's own priority, floor and side constraints (coverage first:
    /// most pairs, then highest total); null when the optimum was not computed.
    /// </summary>
    public double? OptimalTotal { get; }

    /// <summary>
    /// <see cref="OptimalTotal"/> minus <see cref="Total"/>: for a stable pairing, the total given up for stability.
    /// It can be negative, since the optimum pairs as many people as possible first and a stable pairing with fewer
    /// pairs may score more. Null when the optimum was not computed.
    /// </summary>
    public double? PriceOfStability => OptimalTotal - Total;

    /// <summary>
    /// <see cref="OptimalTotal"/> divided by <see cref="Total"/> (1 means stability costs nothing); null when the
    /// optimum was not computed, and unless both are above 0, where a ratio means nothing.
    /// </summary>
    public double? PriceOfStabilityRatio => OptimalTotal > 0 && Total > 0 ? OptimalTotal / Total : null;

    /// <summary>Analyses a solver's result for the problem it solved.</summary>
    /// <param name="problem">The scores, capacities, pinned pairs and minimum score.</param>
    /// <param name="result">The solver's pairs.</param>
    /// <param name="withOptimum">Whether to solve the problem optimally and report the price of stability (see the
    /// other overload). Default true: an explicit analysis gives the whole answer.</param>
    /// <param name="cancellationToken">Checked at every mentee row and by the optimal solve.</param>
    /// <exception cref="MatchingInputException">The result does not fit the problem (see the other overload).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static StabilityReport Analyze(
        PairingProblem problem, SolverResult result, bool withOptimum = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Analyze(problem, result.Pairs, withOptimum, cancellationToken);
    }

    /// <summary>Analyses any pairing of the problem's score matrix.</summary>
    /// <param name="problem">The scores, capacities, pinned pairs and minimum score.</param>
    /// <param name="pairing">The pairs, as rows and columns of the problem's score matrix.</param>
    /// <param name="withOptimum">Whether to solve the problem optimally with <see cref="PairingSolvers.Automatic"/> for
    /// <see cref="OptimalPairCount"/>, <see cref="OptimalTotal"/> and the price of stability. Default true: an explicit
    /// analysis gives the whole answer. That is a full solve of the problem; false keeps the analysis to the
    /// blocking-pair scan, and the optimum members are null.</param>
    /// <param name="cancellationToken">Checked at every mentee row and by the optimal solve.</param>
    /// <exception cref="MatchingInputException">A pair is outside the matrix, not allowed or repeated, or the pairing
    /// goes over a capacity.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static StabilityReport Analyze(
        PairingProblem problem, IReadOnlyList<SolvedPair> pairing, bool withOptimum = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(pairing);
        var scores = problem.Scores;

        // Flat per-person loads and worst partner scores in one pass (no list per person: 10,000s of people).
        var menteeLoad = new int[scores.MenteeCount];
        var mentorLoad = new int[scores.MentorCount];
        var menteeWorst = new double[scores.MenteeCount];
        var mentorWorst = new double[scores.MentorCount];
        Array.Fill(menteeWorst, double.PositiveInfinity);
        Array.Fill(mentorWorst, double.PositiveInfinity);
        var paired = new HashSet<SolvedPair>();
        foreach (var pair in pairing)
        {
            Check(problem, pair, paired);
            if (++menteeLoad[pair.Mentee] > problem.MenteeCapacities[pair.Mentee]
                || ++mentorLoad[pair.Mentor] > problem.MentorCapacities[pair.Mentor])
            {
                throw new MatchingInputException($"The pairing goes over a capacity with {Name(problem, pair)}.");
            }

            var score = scores[pair.Mentee, pair.Mentor];
            menteeWorst[pair.Mentee] = Math.Min(menteeWorst[pair.Mentee], score);
            mentorWorst[pair.Mentor] = Math.Min(mentorWorst[pair.Mentor], score);
        }

        // A side wants the other when it has a free slot or scores it strictly above its worst partner.
        for (var i = 0; i < menteeWorst.Length; i++)
        {
            menteeWorst[i] = menteeLoad[i] < problem.MenteeCapacities[i] ? double.NegativeInfinity : menteeWorst[i];
        }

        for (var j = 0; j < mentorWorst.Length; j++)
        {
            mentorWorst[j] = mentorLoad[j] < problem.MentorCapacities[j] ? double.NegativeInfinity : mentorWorst[j];
        }

        var blocking = new List<SolvedPair>();
        if (scores.Singles is { } singles)
        {
            ScanSingles(problem, singles, menteeWorst, mentorWorst, paired, blocking, cancellationToken);
        }
        else
        {
            ScanDoubles(problem, menteeWorst, mentorWorst, paired, blocking, cancellationToken);
        }

        var optimal = !withOptimum ? null : PairingSolvers.Automatic.Solve(
            new PairingProblem(
                scores,
                problem.MenteeCapacities,
                problem.MentorCapacities,
                problem.PinnedPairs,
                PairingObjective.MaxTotal,
                problem.Priority,
                problem.MinimumScore,
                problem.SideConstraints),
            cancellationToken);
        return new StabilityReport(
            [.. blocking.OrderBy(p => scores.MenteeIds[p.Mentee], StringComparer.Ordinal)
                .ThenBy(p => scores.MentorIds[p.Mentor], StringComparer.Ordinal)],
            pairing.Count,
            pairing.Sum(p => scores[p.Mentee, p.Mentor]),
            optimal?.Pairs.Count,
            optimal?.Pairs.Sum(p => scores[p.Mentee, p.Mentor]));
    }

    /// <summary>
    /// The blocking-pair scan over the engine's float32 cells, read in place a vector at a time. Each lane is tested
    /// against float bars at or below the exact double bars (a superset of the cells that can block), and only the
    /// few passing lanes get the exact double test: the result is the plain scan's, cell for cell.
    /// </summary>
    private static void ScanSingles(
        PairingProblem problem, float[] singles, double[] menteeWorst, double[] mentorWorst, HashSet<SolvedPair> paired,
        List<SolvedPair> blocking, CancellationToken cancellationToken)
    {
        var mentorCount = problem.Scores.MentorCount;
        var mentorBar = new float[mentorCount];
        for (var j = 0; j < mentorCount; j++)
        {
            mentorBar[j] = AtOrBelow(mentorWorst[j]);
        }

        // A blocking cell is pairable, so at least the floor: it is above the float just below the smallest float at
        // least the floor. NaN (not allowed) fails every compare.
        var floorBar = double.IsNegativeInfinity(problem.Floor) ? float.NegativeInfinity : MathF.BitDecrement(Grid.SingleFloor(problem.Floor));
        var width = Vector<float>.Count;
        for (var i = 0; i < problem.Scores.MenteeCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = singles.AsSpan(i * mentorCount, mentorCount);
            var worst = menteeWorst[i];
            var rowBar = new Vector<float>(Math.Max(AtOrBelow(worst), floorBar));
            var j = 0;
            for (; j + width <= row.Length; j += width)
            {
                var pass = Vector.GreaterThan(new Vector<float>(row[j..]), Vector.Max(rowBar, new Vector<float>(mentorBar.AsSpan(j))));
                if (pass != Vector<int>.Zero)
                {
                    for (var k = j; k < j + width; k++)
                    {
                        Consider(problem, i, k, row[k], worst, mentorWorst, paired, blocking);
                    }
                }
            }

            for (; j < row.Length; j++)
            {
                Consider(problem, i, j, row[j], worst, mentorWorst, paired, blocking);
            }
        }
    }

    /// <summary>The plain scan over a caller's double cells (NaN where not allowed).</summary>
    private static void ScanDoubles(
        PairingProblem problem, double[] menteeWorst, double[] mentorWorst, HashSet<SolvedPair> paired,
        List<SolvedPair> blocking, CancellationToken cancellationToken)
    {
        var mentorCount = problem.Scores.MentorCount;
        for (var i = 0; i < problem.Scores.MenteeCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = (long)i * mentorCount;
            for (var j = 0; j < mentorCount; j++)
            {
                Consider(problem, i, j, problem.Scores.At(start + j), menteeWorst[i], mentorWorst, paired, blocking);
            }
        }
    }

    /// <summary>
    /// The exact test of one cell. The two compares come first: they reject almost every cell (NaN, not allowed,
    /// fails them), so the rule and set lookups run for few.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Consider(
        PairingProblem problem, int i, int j, double score, double worst, double[] mentorWorst, HashSet<SolvedPair> paired,
        List<SolvedPair> blocking)
    {
        if (score > worst && score > mentorWorst[j] && problem.IsPairable(i, j) && !paired.Contains(new SolvedPair(i, j)))
        {
            blocking.Add(new SolvedPair(i, j));
        }
    }

    /// <summary>The largest float at most <paramref name="bar"/>: a float above the bar is above it too.</summary>
    private static float AtOrBelow(double bar)
    {
        var single = (float)bar;
        return single > bar ? MathF.BitDecrement(single) : single;
    }

    private static void Check(PairingProblem problem, SolvedPair pair, HashSet<SolvedPair> paired)
    {
        var scores = problem.Scores;
        if (pair.Mentee < 0 || pair.Mentee >= scores.MenteeCount || pair.Mentor < 0 || pair.Mentor >= scores.MentorCount)
        {
            throw new MatchingInputException($"The pair ({pair.Mentee}, {pair.Mentor}) is outside the score matrix.");
        }

        if (!scores.IsAllowed(pair.Mentee, pair.Mentor))
        {
            throw new MatchingInputException($"The pairing has {Name(problem, pair)}, which is not allowed.");
        }

        if (!paired.Add(pair))
        {
            throw new MatchingInputException($"The pairing has {Name(problem, pair)} more than once.");
        }
    }

    private static string Name(PairingProblem problem, SolvedPair pair) =>
        $"mentor '{problem.Scores.MentorIds[pair.Mentor]}' with mentee '{problem.Scores.MenteeIds[pair.Mentee]}'";
}
