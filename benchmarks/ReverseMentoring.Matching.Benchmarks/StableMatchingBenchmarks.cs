using System.Globalization;
using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// Stable matching (Gale–Shapley on preferences derived from scores, mentee- and mentor-proposing) against the optimal
/// assignment of the same N × N generated cohort under the default rules and scorer, and
/// <see cref="StabilityReport.Analyze(PairingProblem, SolverResult, CancellationToken)"/> on the optimal pairing.
/// </summary>
/// <remarks>
/// Baseline choice: the optimal pairing (<see cref="PairingSolvers.Automatic"/>, LinearSumAssignment here) of the same
/// problem, the default a caller would otherwise run, so the ratios say what asking for stability instead costs in time.
/// <c>Analyze</c> scans every cell for blocking pairs and also solves the optimum itself (to report the price of
/// stability), so its ratio is at least 1. The blocking pairs of the optimum and the price of stability of each stable
/// pairing are printed once per size in <see cref="Setup"/> (<c>// stable ...</c> lines).
/// </remarks>
[MemoryDiagnoser]
public class StableMatchingBenchmarks
{
    private PairingProblem _problem = null!;
    private SolverResult _optimal = null!;

    /// <summary>Participants per side.</summary>
    [Params(300, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (_, matrix) = ScenarioData.CohortMatrix(N, N);
        _problem = new PairingProblem(matrix);
        _optimal = PairingSolvers.Automatic.Solve(_problem);
        foreach (var (label, result) in (ReadOnlySpan<(string, SolverResult)>)[
                     ("optimal", _optimal),
                     ("mentee-proposing", PairingSolvers.StableMenteeProposing.Solve(_problem)),
                     ("mentor-proposing", PairingSolvers.StableMentorProposing.Solve(_problem))])
        {
            var report = StabilityReport.Analyze(_problem, result);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"// stable N={N} {label,-16}: {ScenarioData.Summary(matrix, result)}, blocking pairs {report.BlockingPairCount}, price of stability {report.PriceOfStability:F3} (optimal/this {report.PriceOfStabilityRatio:F4})"));
        }
    }

    /// <summary>The optimal assignment: most pairs, then the highest total.</summary>
    [Benchmark(Baseline = true)]
    public SolverResult Optimal() => PairingSolvers.Automatic.Solve(_problem);

    /// <summary>Gale–Shapley, mentees propose: the best stable pairing for every mentee.</summary>
    [Benchmark]
    public SolverResult MenteeProposing() => PairingSolvers.StableMenteeProposing.Solve(_problem);

    /// <summary>Gale–Shapley, mentors propose: the best stable pairing for every mentor.</summary>
    [Benchmark]
    public SolverResult MentorProposing() => PairingSolvers.StableMentorProposing.Solve(_problem);

    /// <summary>Blocking pairs of the optimal pairing and its price of stability (includes one optimal solve).</summary>
    [Benchmark]
    public StabilityReport AnalyzeOptimal() => StabilityReport.Analyze(_problem, _optimal);
}
