using System.Globalization;
using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// Scale, capacitated: a generated cohort of mentors × mentees where every mentee (executive) takes two mentors
/// (<see cref="MatchingOptions.MenteeCapacity"/> = 2), default rules and scorer; the engine end to end against a
/// hand-written OR-Tools MinCostFlow on the same (precomputed) arc costs. The 20000x5000 is in
/// <see cref="CapacitatedLargeBenchmarks"/>, which runs fewer iterations.
/// </summary>
/// <remarks>
/// Baseline choice: the raw flow (source → mentee capacity 2, mentee → mentor capacity 1 at the pair's cost, mentor
/// → sink its capacity, a zero-cost bypass so any supply is feasible) is the floor for this input. Setup prints a
/// <c>// check</c> line and throws unless both make the same number of pairs with the same total within the cost
/// rounding.
/// </remarks>
[MemoryDiagnoser]
public class CapacitatedBenchmarks
{
    /// <summary>Partners per mentee.</summary>
    public const int MenteeCapacity = 2;

    private Cohort _cohort = null!;
    private MatchingEngine _engine = null!;
    private OrToolsByHand.FlowNetwork _network = null!;
    private ScoreMatrix _matrix = null!;

    /// <summary>Mentors × mentees.</summary>
    [Params("4000x1000")]
    public string Shape { get; set; } = "4000x1000";

    /// <summary>Cohort, engine and flow network (every method's process).</summary>
    [GlobalSetup(Target = nameof(Engine))]
    public void Setup()
    {
        var parts = Shape.Split('x');
        var mentors = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var mentees = int.Parse(parts[1], CultureInfo.InvariantCulture);
        _cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = mentors, Mentees = mentees }));
        var options = new MatchingOptions { MenteeCapacity = MenteeCapacity };
        _engine = new MatchingEngine(options);
        var matrix = CohortScores.Compute(Eligibility.Evaluate(_cohort, options.Rules), options.Scorer).Matrix;
        _network = OrToolsByHand.FlowNetworkFor(
            matrix,
            [.. _cohort.Mentees.Select(_ => MenteeCapacity)],
            [.. _cohort.Mentors.Select(p => p.Capacity)]);

        _matrix = matrix;
    }

    /// <summary><see cref="Setup"/>, then the check: once per shape, in the baseline's process.</summary>
    [GlobalSetup(Target = nameof(RawMinCostFlow))]
    public void SetupAndCheck()
    {
        Setup();
        var matrix = _matrix;
        var (rawPairs, rawTotal) = OrToolsByHand.Total(matrix, _network, RawMinCostFlow());
        var pairing = Engine();
        OrToolsByHand.Check($"capacitated {Shape}", rawPairs, rawTotal, pairing.Pairs.Count, pairing.TotalScore, _network.Scale);
    }

    /// <summary>OR-Tools MinCostFlow by hand on the precomputed arcs.</summary>
    [Benchmark(Baseline = true)]
    public bool[] RawMinCostFlow() => OrToolsByHand.Flow(_network);

    /// <summary>The engine end to end with mentee capacity 2 (cohort built in setup).</summary>
    [Benchmark]
    public Pairing Engine() => _engine.Match(_cohort);
}
