using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// CP-SAT with side constraints on an N × N generated cohort under the default rules and scorer, where every mentor
/// may take up to 2 mentees (so load balance has something to decide) and the groups are the participants'
/// departments: department quotas (at least <see cref="CrossShare"/> of pairs across departments, at most one mentee
/// of a department per mentor), load balance (minimise the largest mentor load), and both.
/// </summary>
/// <remarks>
/// Baseline choice: <see cref="PairingSolvers.CpSat"/> on the same problem without side constraints. Same solver,
/// same capacities, same Boolean per allowed cell, so the ratio is what the constraints add to the CP-SAT search.
/// <see cref="PairingSolvers.Automatic"/> without side constraints would run MinCostFlow instead, and a ratio against
/// it would mostly measure CP-SAT against an exact flow, not the constraints; that comparison is shown separately as
/// <see cref="FlowNoConstraints"/>. Each CP-SAT solve has a <see cref="TimeLimit"/>; the status, gap, pairs, total,
/// same-department pairs and largest load are printed once per size in <see cref="Setup"/> (<c>// side ...</c> lines),
/// and a size is only worth reading while every variant stays Optimal.
/// </remarks>
[MemoryDiagnoser]
public class SideConstraintBenchmarks
{
    /// <summary>The minimum share of cross-department pairs.</summary>
    public const double CrossShare = 0.95;

    /// <summary>Per CP-SAT solve.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    private PairingProblem _plain = null!;
    private PairingProblem _quotas = null!;
    private PairingProblem _balance = null!;
    private PairingProblem _both = null!;

    /// <summary>Participants per side; at 200 CP-SAT does not finish within 10 s (see benchmarks/README.md).</summary>
    [Params(50, 100)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (cohort, matrix) = ScenarioData.CohortMatrix(N, N);
        var menteeDepartments = cohort.Mentees.Select(p => p.Department).ToArray();
        var mentorDepartments = cohort.Mentors.Select(p => p.Department).ToArray();
        var capacities = Enumerable.Repeat(2, N).ToArray();
        PairingProblem With(SideConstraints side) => new(matrix, mentorCapacities: capacities, sideConstraints: side);
        _plain = With(new SideConstraints(menteeDepartments, mentorDepartments, timeLimit: TimeLimit));
        _quotas = With(new SideConstraints(menteeDepartments, mentorDepartments, minCrossDepartmentShare: CrossShare, maxMenteesPerDepartmentPerMentor: 1, timeLimit: TimeLimit));
        _balance = With(new SideConstraints(menteeDepartments, mentorDepartments, balanceMentorLoad: true, timeLimit: TimeLimit));
        _both = With(new SideConstraints(menteeDepartments, mentorDepartments, minCrossDepartmentShare: CrossShare, maxMenteesPerDepartmentPerMentor: 1, balanceMentorLoad: true, timeLimit: TimeLimit));
        Print(matrix, menteeDepartments, mentorDepartments, "flow, none", PairingSolvers.MinCostFlow, _plain);
        Print(matrix, menteeDepartments, mentorDepartments, "CP-SAT, none", PairingSolvers.CpSat, _plain);
        Print(matrix, menteeDepartments, mentorDepartments, "quotas", PairingSolvers.CpSat, _quotas);
        Print(matrix, menteeDepartments, mentorDepartments, "balance", PairingSolvers.CpSat, _balance);
        Print(matrix, menteeDepartments, mentorDepartments, "quotas+balance", PairingSolvers.CpSat, _both);
    }

    /// <summary>CP-SAT on the problem without side constraints (groups given but unused).</summary>
    [Benchmark(Baseline = true)]
    public SolverResult CpSatNoConstraints() => PairingSolvers.CpSat.Solve(_plain);

    /// <summary>Reference: the exact flow on the same problem without side constraints (what Automatic runs).</summary>
    [Benchmark]
    public SolverResult FlowNoConstraints() => PairingSolvers.MinCostFlow.Solve(_plain);

    /// <summary>At least 95% cross-department pairs, at most one mentee of a department per mentor.</summary>
    [Benchmark]
    public SolverResult DepartmentQuotas() => PairingSolvers.CpSat.Solve(_quotas);

    /// <summary>Minimise the largest mentor load right after coverage.</summary>
    [Benchmark]
    public SolverResult LoadBalance() => PairingSolvers.CpSat.Solve(_balance);

    /// <summary>Quotas and load balance together.</summary>
    [Benchmark]
    public SolverResult QuotasAndBalance() => PairingSolvers.CpSat.Solve(_both);

    private void Print(ScoreMatrix matrix, string?[] menteeDepartments, string?[] mentorDepartments, string label, PairingSolver solver, PairingProblem problem)
    {
        var watch = Stopwatch.StartNew();
        SolverResult result;
        try
        {
            result = solver.Solve(problem);
        }
        catch (TimeoutException e)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// side N={N} {label,-15}: TimeoutException after {watch.Elapsed.TotalSeconds:F2} s: {e.Message}"));
            return;
        }

        watch.Stop();
        var same = result.Pairs.Count(p => menteeDepartments[p.Mentee] is { } g && g == mentorDepartments[p.Mentor]);
        var maxLoad = result.Pairs.CountBy(p => p.Mentor).Select(g => g.Value).DefaultIfEmpty(0).Max();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// side N={N} {label,-15}: {ScenarioData.Summary(matrix, result)}, gap {result.Gap?.ToString("G3", CultureInfo.InvariantCulture) ?? "n/a"}, same-department {same}, largest load {maxLoad}, {watch.Elapsed.TotalSeconds:F2} s"));
    }
}
