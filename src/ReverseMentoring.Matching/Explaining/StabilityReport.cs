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
        var menteePartners = Enumerable.Range(0, scores.MenteeCount).Select(_ => new List<int>()).ToArray();
        var mentorPartners = Enumerable.Range(0, scores.MentorCount).Select(_ => new List<int>()).ToArray();
        var paired = new HashSet<SolvedPair>();
        foreach (var pair in pairing)
        {
            Check(problem, pair, paired);
            menteePartners[pair.Mentee].Add(pair.Mentor);
            mentorPartners[pair.Mentor].Add(pair.Mentee);
            if (menteePartners[pair.Mentee].Count > problem.MenteeCapacities[pair.Mentee]
                || mentorPartners[pair.Mentor].Count > problem.MentorCapacities[pair.Mentor])
            {
                throw new MatchingInputException($"The pairing goes over a capacity with {Name(problem, pair)}.");
            }
        }

        // A side wants the other when it has a free slot or scores it strictly above its worst partner.
        var menteeWorst = menteePartners.Select((ps, i) => ps.Count < problem.MenteeCapacities[i]
            ? double.NegativeInfinity : ps.Min(j => scores[i, j])).ToArray();
        var mentorWorst = mentorPartners.Select((ps, j) => ps.Count < problem.MentorCapacities[j]
            ? double.NegativeInfinity : ps.Min(i => scores[i, j])).ToArray();
        var blocking = new List<SolvedPair>();
        var mentorCount = scores.MentorCount;
        var singles = scores.Singles;
        for (var i = 0; i < scores.MenteeCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The raw cells, not the checked indexer (a bounds check and id-count calls per cell, most of the scan at
            // scale): a cell that is not allowed is NaN there, which fails the compares as IsPairable would.
            var worst = menteeWorst[i];
            if (singles is not null)
            {
                var row = singles.AsSpan(i * mentorCount, mentorCount);
                for (var j = 0; j < row.Length; j++)
                {
                    double score = row[j];
                    if (score > worst && score > mentorWorst[j])
                    {
                        Consider(i, j);
                    }
                }
            }
            else
            {
                var start = (long)i * mentorCount;
                for (var j = 0; j < mentorCount; j++)
                {
                    var score = scores.At(start + j);
                    if (score > worst && score > mentorWorst[j])
                    {
                        Consider(i, j);
                    }
                }
            }
        }

        // The two compares come first: they reject almost every cell, so the rule and set lookups run for few.
        void Consider(int i, int j)
        {
            if (problem.IsPairable(i, j) && !paired.Contains(new SolvedPair(i, j)))
            {
                blocking.Add(new SolvedPair(i, j));
            }
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
