using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// The objectives on one N × N generated cohort under the default rules and scorer, all with
/// <see cref="PairingSolvers.Automatic"/> (LinearSumAssignment here, the matrix is square and 1:1): the default
/// most-pairs-then-highest-total (baseline), the max-min threshold search (a binary search over the distinct scores,
/// a maximum-cardinality check per step, then one exact solve), quality first, and a minimum-score floor.
/// </summary>
/// <remarks>
/// The baseline is the default objective on the same matrix and solver, so each ratio is what that objective costs
/// on top of a plain optimal solve. The quality each one buys (pairs, total, worst pair) is printed once per size in
/// <see cref="Setup"/> as <c>// objective ...</c> lines.
/// </remarks>
[MemoryDiagnoser]
public class ObjectiveBenchmarks
{
    /// <summary>The floor of <see cref="MinimumScoreFloor"/>: above the worst pair of the default objective, below that of max-min.</summary>
    public const double Floor = 0.50;

    private PairingProblem _maxTotal = null!;
    private PairingProblem _maxMin = null!;
    private PairingProblem _qualityFirst = null!;
    private PairingProblem _floor = null!;

    /// <summary>Participants per side.</summary>
    [Params(300, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (_, matrix) = ScenarioData.CohortMatrix(N, N);
        _maxTotal = new PairingProblem(matrix);
        _maxMin = new PairingProblem(matrix, objective: PairingObjective.MaxMin);
        _qualityFirst = new PairingProblem(matrix, priority: PairingPriority.QualityFirst);
        _floor = new PairingProblem(matrix, minimumScore: Floor);
        Print(matrix, "MaxTotal", _maxTotal);
        Print(matrix, "MaxMin", _maxMin);
        Print(matrix, "QualityFirst", _qualityFirst);
        Print(matrix, $"MinimumScore {Floor:F2}", _floor);
    }

    /// <summary>Most pairs, then the highest total (the default).</summary>
    [Benchmark(Baseline = true)]
    public SolverResult MaxTotal() => PairingSolvers.Automatic.Solve(_maxTotal);

    /// <summary>Most pairs, then the best worst pair, then the highest total.</summary>
    [Benchmark]
    public SolverResult MaxMin() => PairingSolvers.Automatic.Solve(_maxMin);

    /// <summary>Only pairs that add value; highest total.</summary>
    [Benchmark]
    public SolverResult QualityFirst() => PairingSolvers.Automatic.Solve(_qualityFirst);

    /// <summary>Most pairs scoring at least <see cref="Floor"/>, then the highest total.</summary>
    [Benchmark]
    public SolverResult MinimumScoreFloor() => PairingSolvers.Automatic.Solve(_floor);

    private void Print(ScoreMatrix matrix, string label, PairingProblem problem) =>
        Console.WriteLine($"// objective N={N} {label,-18}: {ScenarioData.Summary(matrix, PairingSolvers.Automatic.Solve(problem))}");
}
