using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;
using Side = ReverseMentoring.Matching.Solving.SideConstraints;

namespace ReverseMentoring.Matching.Tests.SideConstraints;

/// <summary>
/// What a CP-SAT time limit gives: the repaired flow optimum at least, "time limit" in the status and the reasons, and
/// the same pairing on every run. The limits are deterministic (CP-SAT's measure of work), so no test depends on the
/// machine or its load; the wall-clock limit is left at its generous default.
/// </summary>
public sealed class CpSatTimeLimitTests
{
    /// <summary>So little work that CP-SAT stops before its own first pairing.</summary>
    private const double NoWork = 1e-9;

    /// <summary>
    /// n × n, every cell allowed, mentors take one mentee: any one-to-one pairing of all n is valid under load balance
    /// and the per-group cap of 1 (each mentor has one mentee), so the most pairs is n, known without a solver.
    /// </summary>
    private static PairingProblem Complete(int n, double deterministicTimeLimit, PairingPriority priority = PairingPriority.CoverageFirst)
    {
        var random = new Random(11);
        var scores = new double?[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                scores[i, j] = Math.Round(0.05 + (random.NextDouble() * 0.9), 3);
            }
        }

        string?[] groups = [.. Enumerable.Range(0, n).Select(k => $"dept-{k % 4}")];
        return new PairingProblem(
            new ScoreMatrix([.. Enumerable.Range(0, n).Select(i => $"e{i:D2}")], [.. Enumerable.Range(0, n).Select(j => $"m{j:D2}")], scores),
            priority: priority,
            sideConstraints: new Side(
                groups, groups, balanceMentorLoad: true, maxMenteesPerDepartmentPerMentor: 1, deterministicTimeLimit: deterministicTimeLimit));
    }

    [Theory]
    [InlineData(PairingPriority.CoverageFirst)]
    [InlineData(PairingPriority.QualityFirst)]
    public void A_limit_that_stops_cp_sat_at_once_still_pairs_everyone(PairingPriority priority)
    {
        const int n = 40;

        var result = PairingSolvers.CpSat.Solve(Complete(n, NoWork, priority));

        Assert.Equal(SolverStatus.Feasible, result.Status);
        Assert.Equal(n, result.Pairs.Count);
        Assert.Equal(n, result.Pairs.Select(p => p.Mentor).Distinct().Count());
    }

    [Fact]
    public void The_flow_hint_gives_a_pairing_where_cp_sat_alone_gives_none()
    {
        var problem = Complete(40, NoWork);

        var alone = CpSatSolver.WithoutFlowHint;
        var pairsAlone = Record.Exception(() => alone.Solve(problem)) is TimeoutException ? 0 : alone.Solve(problem).Pairs.Count;
        var hinted = PairingSolvers.CpSat.Solve(problem);

        Assert.Equal(0, pairsAlone);
        Assert.Equal(40, hinted.Pairs.Count);
    }

    [Fact]
    public void A_stopped_search_hands_back_a_valid_pairing()
    {
        // Small instances with side constraints, stopped at once: the pairing handed back (CP-SAT's or the repaired
        // flow optimum) must meet every constraint, and infeasible stays infeasible.
        for (var seed = 0; seed < 60; seed++)
        {
            var instance = SideInstance.Random(seed, size: 6);
            var problem = instance.Problem();
            var limited = new PairingProblem(
                problem.Scores, problem.MenteeCapacities, problem.MentorCapacities, problem.PinnedPairs, problem.Objective,
                problem.Priority, problem.MinimumScore,
                new Side(instance.MenteeDepartments, instance.MentorDepartments, instance.Constraints.MaxSameDepartmentPairs,
                    instance.Constraints.MinCrossDepartmentShare, instance.Constraints.BalanceMentorLoad,
                    instance.Constraints.MaxMenteesPerDepartmentPerMentor, deterministicTimeLimit: NoWork));
            var best = BruteForce.Solve(instance);

            SolverResult result;
            try
            {
                result = PairingSolvers.CpSat.Solve(limited);
            }
            catch (TimeoutException)
            {
                continue; // no repair of the flow optimum holds and CP-SAT found nothing: documented
            }

            if (best is null)
            {
                Assert.Equal(SolverStatus.Infeasible, result.Status);
                continue;
            }

            Assert.NotEqual(SolverStatus.Infeasible, result.Status);
            Assert.True(BruteForce.Meets(instance, [.. result.Pairs]), $"seed {seed}: {instance}");
            Assert.All(instance.Pinned, p => Assert.Contains(p, result.Pairs));
            Assert.All(result.Pairs, p => Assert.True(instance.Pinned.Contains(p) || BruteForce.IsOpen(instance, p.Mentee, p.Mentor)));
            Assert.All(result.Pairs.CountBy(p => p.Mentee), g => Assert.True(g.Value <= instance.MenteeCapacities[g.Key]));
            Assert.All(result.Pairs.CountBy(p => p.Mentor), g => Assert.True(g.Value <= instance.MentorCapacities[g.Key]));
        }
    }

    [Fact]
    public void Runs_stopped_by_the_deterministic_limit_give_the_same_pairing_under_load()
    {
        // Four at once on a shared machine: with a wall-clock limit the runs would stop at different points.
        var problem = Complete(40, 0.05);

        var results = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => PairingSolvers.CpSat.Solve(problem)).ToArray();

        Assert.All(results, r => Assert.Equal(results[0].Pairs, r.Pairs));
        Assert.All(results, r => Assert.Equal((results[0].Status, results[0].Objective), (r.Status, r.Objective)));
    }

    [Fact]
    public void The_deterministic_limit_has_a_default_and_must_be_positive()
    {
        Assert.Equal(10, Side.None.DeterministicTimeLimit);
        Assert.Equal(Side.DefaultDeterministicTimeLimit, new SideConstraintOptions().CpSatDeterministicTimeLimit);
        Assert.Equal(TimeSpan.FromSeconds(60), Side.None.TimeLimit);
        Assert.Throws<MatchingInputException>(() => new Side(deterministicTimeLimit: 0));
        Assert.Throws<MatchingInputException>(() => new Side(deterministicTimeLimit: double.NaN));
        Assert.Throws<MatchingInputException>(() => new Side(deterministicTimeLimit: double.PositiveInfinity));
        Assert.Throws<MatchingInputException>(() => new MatchingEngine(
            new MatchingOptions { SideConstraints = new SideConstraintOptions { CpSatDeterministicTimeLimit = -1 } }));
    }

    [Fact]
    public void Unmatched_people_of_a_stopped_search_are_told_the_time_limit_stopped_it()
    {
        // 30 mentees, 20 mentors of capacity 1: ten mentees stay unmatched whatever the search does.
        var people = Enumerable.Range(0, 20).Select(j => Person($"m{j:D2}", ParticipantRole.Mentor, 1, $"d{j % 3}"))
            .Concat(Enumerable.Range(0, 30).Select(i => Person($"e{i:D2}", ParticipantRole.Mentee, 5, $"d{i % 4}")))
            .ToArray();
        var engine = new MatchingEngine(new MatchingOptions
        {
            SideConstraints = new SideConstraintOptions { BalanceMentorLoad = true, CpSatDeterministicTimeLimit = NoWork },
        });

        var pairing = engine.Match(people);

        Assert.Equal(SolverStatus.Feasible, pairing.Status);
        Assert.Equal(20, pairing.Pairs.Count);
        Assert.Equal(10, pairing.UnmatchedMentees.Count);
        Assert.All(pairing.UnmatchedMentees, u => Assert.StartsWith("time limit reached before a pairing with any of the 20 allowed mentors was found", u.Reason, StringComparison.Ordinal));
        Assert.DoesNotContain(pairing.UnmatchedMentees, u => u.Reason.Contains("paired with others", StringComparison.Ordinal));
    }

    private static Participant Person(string id, ParticipantRole role, int level, string department) => role == ParticipantRole.Mentor
        ? Participant.Mentor(id, level, department: department, skills: People.Areas((SkillAreas.Technology, 5)))
        : Participant.Mentee(id, level, department: department, goals: People.Areas((SkillAreas.Technology, 1)));
}
