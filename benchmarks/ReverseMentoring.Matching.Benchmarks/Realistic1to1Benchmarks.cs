using System.Globalization;
using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// Scale, 1:1 on a generated N × N cohort under the default rules and scorer: the whole engine run, and the rules and
/// scoring stages on their own, against one raw OR-Tools LinearSumAssignment solve of the same (precomputed) costs.
/// </summary>
/// <remarks>
/// Baseline choice: the raw solve is the least any pipeline must spend on this cohort once the scores exist, and it
/// does not depend on the library's internals, so later changes read as before/after ratios against it in one run.
/// <see cref="Rules"/> and <see cref="Scoring"/> give each stage as a fraction of a raw solve; the number of
/// pair-area evaluations (for pair-areas per second) is printed in <see cref="SetupAndCheck"/> (the baseline's process), with a <c>// check</c> line
/// showing the engine and the raw solve agree on pairs and total (setup throws if not).
/// </remarks>
[MemoryDiagnoser]
public class Realistic1to1Benchmarks
{
    private Cohort _cohort = null!;
    private IReadOnlyList<PairRule> _rules = null!;
    private Eligibility _eligibility = null!;
    private long[] _costs = null!;
    private int _size;
    private double _scale;
    private ScoreMatrix _matrix = null!;

    /// <summary>Participants per side.</summary>
    [Params(1000, 4000)]
    public int N { get; set; }

    /// <summary>Cohort, rules, scores and costs (every method's process).</summary>
    [GlobalSetup(Targets = [nameof(Engine), nameof(Rules), nameof(Scoring)])]
    public void Setup()
    {
        _cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = N, Mentees = N }));
        _rules = new MatchingOptions().Rules;
        _eligibility = Eligibility.Evaluate(_cohort, _rules);
        var matrix = CohortScores.Compute(_eligibility, PairScorers.Default).Matrix;
        (_costs, _size, _scale) = OrToolsByHand.AssignmentCosts(matrix);
        _matrix = matrix;
    }

    /// <summary><see cref="Setup"/>, then the check and the throughput line: once per size, in the baseline's process.</summary>
    [GlobalSetup(Target = nameof(RawOrTools))]
    public void SetupAndCheck()
    {
        Setup();
        var matrix = _matrix;
        var (rawPairs, rawTotal) = OrToolsByHand.Total(matrix, _costs, _size, OrToolsByHand.Assign(_costs, _size));
        var pairing = Engine();
        OrToolsByHand.Check($"realistic N={N}", rawPairs, rawTotal, pairing.Pairs.Count, pairing.TotalScore, _scale);

        var areas = _cohort.Mentors.Concat(_cohort.Mentees).SelectMany(p => p.Skills.Keys.Concat(p.Goals.Keys))
            .Distinct(StringComparer.Ordinal).Count();
        var allowed = matrix.AllowedCount;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// throughput realistic N={N}: {(long)N * N} pairs evaluated by the rules, {allowed} allowed pairs scored, {areas} distinct skill areas, {(long)allowed * areas} pair-area evaluations"));
    }

    /// <summary>OR-Tools LinearSumAssignment by hand on the precomputed square costs (arcs, solve, mates).</summary>
    [Benchmark(Baseline = true)]
    public int[] RawOrTools() => OrToolsByHand.Assign(_costs, _size);

    /// <summary>The default engine end to end, exactly as a caller writes it (cohort built in setup).</summary>
    [Benchmark]
    public Pairing Engine() => new MatchingEngine().Match(_cohort);

    /// <summary>The rules stage alone: reporting line and seniority for every pair.</summary>
    [Benchmark]
    public Eligibility Rules() => Eligibility.Evaluate(_cohort, _rules);

    /// <summary>The scoring stage alone, on the eligibility computed in setup.</summary>
    [Benchmark]
    public CohortScores Scoring() => CohortScores.Compute(_eligibility, PairScorers.Default);
}
