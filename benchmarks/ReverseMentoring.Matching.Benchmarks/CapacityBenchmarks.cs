using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// Group mentoring: each junior mentor takes a circle of 2, 3 or 4 executives (cycling by column), every executive
/// one mentor, solved exactly with <see cref="PairingSolvers.MinCostFlow"/> on a generated cohort under the default
/// rules and scorer. Shapes are mentors × mentees with about 3 mentees per mentor, so capacity is what makes
/// everyone pairable.
/// </summary>
/// <remarks>
/// Baseline choice: the same solver on the same matrix with every capacity 1. Its flow network has exactly the same
/// nodes and arcs (one per allowed cell), only the supply and the mentor arc capacities differ, so the ratio is what
/// the capacities themselves cost (three times the flow to route and more augmenting paths), not a different
/// algorithm or a different input. <see cref="LinearSumAssignment1to1"/> is shown for reference too: it is what a
/// caller without capacities would run, but it pads 200 × 500 to 500 × 500 and solves a different question (only
/// as many pairs as mentors), so it is not the baseline.
/// </remarks>
[MemoryDiagnoser]
public class CapacityBenchmarks
{
    private PairingProblem _oneToOne = null!;
    private PairingProblem _grouped = null!;

    /// <summary>Mentors × mentees.</summary>
    [Params("200x500", "500x1500")]
    public string Shape { get; set; } = "200x500";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Shape.Split('x');
        var mentors = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var mentees = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var (_, matrix) = ScenarioData.CohortMatrix(mentees, mentors);
        _oneToOne = new PairingProblem(matrix);
        _grouped = new PairingProblem(matrix, mentorCapacities: [.. Enumerable.Range(0, mentors).Select(j => 2 + (j % 3))]);
        Print(matrix, "capacity 1", PairingSolvers.MinCostFlow.Solve(_oneToOne));
        Print(matrix, "capacity 2-4", PairingSolvers.MinCostFlow.Solve(_grouped));
    }

    /// <summary>The same flow with every capacity 1: at most one mentee per mentor.</summary>
    [Benchmark(Baseline = true)]
    public SolverResult FlowCapacity1() => PairingSolvers.MinCostFlow.Solve(_oneToOne);

    /// <summary>Reference: the 1:1 problem with the padded assignment solver.</summary>
    [Benchmark]
    public SolverResult LinearSumAssignment1to1() => PairingSolvers.LinearSumAssignment.Solve(_oneToOne);

    /// <summary>Mentor capacities 2, 3, 4: every mentor leads a small circle.</summary>
    [Benchmark]
    public SolverResult FlowCapacity2to4() => PairingSolvers.MinCostFlow.Solve(_grouped);

    private void Print(ScoreMatrix matrix, string label, SolverResult result) =>
        Console.WriteLine($"// capacity {Shape} {label}: {ScenarioData.Summary(matrix, result)}");
}
