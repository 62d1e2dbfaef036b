using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Solving;

/// <summary>
/// A token cancelled while an OR-Tools solver works on a grid big enough to take a good while: the solve throws
/// <see cref="OperationCanceledException"/>, and the solver still works afterwards (the abandoned native solve ends and
/// disposes on its own thread). Nothing here measures time: how soon the caller gets back is <see cref="NativeSolveTests"/>'.
/// </summary>
public class SolverCancellationTests
{
    private const int Side = 1500;

    private static ScoreMatrix Dense(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var scores = new double?[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                scores[i, j] = random.Next(1, 1_000_000) / 1e6;
            }
        }

        return new ScoreMatrix(
            [.. Enumerable.Range(0, rows).Select(i => $"e{i:D5}")], [.. Enumerable.Range(0, columns).Select(j => $"m{j:D5}")], scores);
    }

    private static void CancelledMidSolveThrows(PairingSolver solver, PairingProblem problem)
    {
        using var cts = new CancellationTokenSource();
        // After the solve has started (the matrix is built): each of these grids keeps its solver busy for seconds here,
        // so a short delay lands inside the solve even on a machine several times faster.
        cts.CancelAfter(TimeSpan.FromMilliseconds(50));

        Assert.ThrowsAny<OperationCanceledException>(() => solver.Solve(problem, cts.Token));

        // The solver is still usable: a small known optimum (a–y + b–x = 2 pairs beat a–x alone).
        var small = new ScoreMatrix(["a", "b"], ["x", "y"], new double?[,] { { 100, 1 }, { 1, null } });
        using var fresh = new CancellationTokenSource();
        Assert.Equal([new SolvedPair(0, 1), new SolvedPair(1, 0)], solver.Solve(small, fresh.Token).Pairs);
    }

    [Fact]
    public void Cancelling_during_a_large_linear_sum_assignment_throws() =>
        CancelledMidSolveThrows(PairingSolvers.LinearSumAssignment, new PairingProblem(Dense(Side, Side, 1)));

    [Fact]
    public void Cancelling_during_a_large_min_cost_flow_throws() =>
        CancelledMidSolveThrows(
            PairingSolvers.MinCostFlow,
            new PairingProblem(Dense(Side, Side / 3, 2), mentorCapacities: [.. Enumerable.Repeat(3, Side / 3)]));

    [Fact]
    public void Cancelling_during_a_long_cp_sat_search_throws()
    {
        // Quotas and load balance on 80 × 80 keep CP-SAT searching up to its limits, set far beyond the cancellation
        // but not so far that a stop CP-SAT missed would keep a core busy for long after the test.
        const int size = 80;
        string?[] groups = [.. Enumerable.Range(0, size).Select(k => $"dept-{k % 4}")];
        var problem = new PairingProblem(
            Dense(size, size, 3),
            mentorCapacities: [.. Enumerable.Range(0, size).Select(j => 1 + (j % 2))],
            sideConstraints: new Matching.Solving.SideConstraints(
                groups, groups, maxSameDepartmentPairs: 3, minCrossDepartmentShare: 0.8, balanceMentorLoad: true,
                maxMenteesPerDepartmentPerMentor: 1, timeLimit: TimeSpan.FromSeconds(30)));

        CancelledMidSolveThrows(PairingSolvers.CpSat, problem);
    }
}
