using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// One-to-one on rectangular matrices: the padded <see cref="PairingSolvers.LinearSumAssignment"/> (baseline) against
/// <see cref="PairingSolvers.MinCostFlow"/>, on the random matrices of <see cref="SolverBenchmarks"/> (uniform scores,
/// ~10% forbidden). <see cref="PairingSolvers.Automatic"/> switches from the first to the second when one side is more
/// than 1.25 times the other; a ratio below 1 means the flow is faster at that shape, so the ratios either side of
/// 1.25 confirm or refute the threshold.
/// </summary>
/// <remarks>
/// Both solvers give the same (optimal) pairs and total; only time and allocations differ. The shape is mentees ×
/// mentors; the ratio is the longer side over the shorter.
/// </remarks>
[MemoryDiagnoser]
public class RectangularBenchmarks
{
    private ScoreMatrix _matrix = null!;

    /// <summary>
    /// Mentees × mentors: ratios 1, 1.02, 1.05, 1.1, 1.25, 1.5, 2, 3.33 at 300, and 1, 1.1, 1.25, 1.5 at 1000.
    /// </summary>
    [Params("300x300", "300x306", "300x315", "300x330", "300x375", "300x450", "300x600", "300x1000", "1000x1000", "1000x1100", "1000x1250", "1000x1500")]
    public string Shape { get; set; } = "300x300";

    [GlobalSetup]
    public void Setup() => _matrix = SolverBenchmarks.RandomMatrix(Shape);

    /// <summary>The assignment solver, padded to a square.</summary>
    [Benchmark(Baseline = true)]
    public SolverResult LinearSumAssignment() => PairingSolvers.LinearSumAssignment.Solve(_matrix);

    /// <summary>The flow, with arcs only for real cells.</summary>
    [Benchmark]
    public SolverResult MinCostFlow() => PairingSolvers.MinCostFlow.Solve(_matrix);
}
