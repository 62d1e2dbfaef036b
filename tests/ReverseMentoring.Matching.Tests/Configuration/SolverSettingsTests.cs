using System.Text.Json;
using ReverseMentoring.Matching.Configuration;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Reporting;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Configuration;

/// <summary>Solvers by name, and what the result says about them (CP-SAT's bound and gap), against brute force.</summary>
public class SolverSettingsTests
{
    private static MatchingConfig OneToOne(SolverSettings solver) => new() { Solver = solver, MentorCapacity = 1, MenteeCapacity = 1 };

    /// <summary>The scores the engine uses, as the oracle's raw grid (null = not allowed).</summary>
    private static double?[,] Grid(Cohort cohort, MatchingOptions options)
    {
        var matrix = CohortScores.Compute(Eligibility.Evaluate(cohort, options.Rules), options.Scorer).Matrix;
        var grid = new double?[matrix.MenteeCount, matrix.MentorCount];
        for (var i = 0; i < matrix.MenteeCount; i++)
        {
            for (var j = 0; j < matrix.MentorCount; j++)
            {
                grid[i, j] = matrix.IsAllowed(i, j) ? matrix[i, j] : null;
            }
        }

        return grid;
    }

    [Theory]
    [InlineData(1, 5, 5)]
    [InlineData(2, 4, 6)]
    [InlineData(3, 6, 4)]
    [InlineData(4, 6, 6)]
    public void Cp_sat_by_name_is_optimal_with_gap_0_and_a_bound_not_below_its_objective(int seed, int mentees, int mentors)
    {
        var cohort = new Cohort(new CohortGenerator(seed).Generate(mentees, mentors));
        var options = OneToOne(new SolverSettings { Name = "cp-sat" }).ToOptions();
        var (count, total) = PairingOracle.Best(Grid(cohort, options));

        var pairing = new MatchingEngine(options).Match(cohort);

        Assert.Equal("CP-SAT", pairing.SolverName);
        Assert.Equal(SolverStatus.Optimal, pairing.Status);
        Assert.Equal(count, pairing.Pairs.Count);
        Assert.Equal(total, pairing.TotalScore, 6); // CP-SAT works on scaled integer scores
        Assert.Equal(0, pairing.Gap);
        Assert.True(pairing.ObjectiveBound >= pairing.ObjectiveValue, $"bound {pairing.ObjectiveBound} < objective {pairing.ObjectiveValue}");

        var json = JsonDocument.Parse(PairingJson.Serialize(pairing)).RootElement;
        Assert.Equal(0, json.GetProperty("gap").GetDouble());
        Assert.Equal(pairing.ObjectiveBound, json.GetProperty("objectiveBound").GetDouble());
        Assert.Equal(pairing.ObjectiveValue, json.GetProperty("objectiveValue").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("stability").ValueKind);
    }

    [Theory]
    [InlineData("automatic")]
    [InlineData("assignment")]
    [InlineData("flow")]
    public void The_exact_flow_solvers_by_name_reach_the_brute_force_optimum_and_report_no_bound(string name)
    {
        var cohort = new Cohort(new CohortGenerator(7).Generate(5, 6));
        var options = OneToOne(new SolverSettings { Name = name }).ToOptions();
        var (count, total) = PairingOracle.Best(Grid(cohort, options));

        var pairing = new MatchingEngine(options).Match(cohort);

        Assert.Equal(count, pairing.Pairs.Count);
        Assert.Equal(total, pairing.TotalScore, 6); // the flow solvers scale scores to integers
        Assert.Null(pairing.ObjectiveBound);
        Assert.Null(pairing.Gap);
        Assert.Null(pairing.Stability);
        var json = JsonDocument.Parse(PairingJson.Serialize(pairing)).RootElement;
        Assert.Equal(JsonValueKind.Null, json.GetProperty("gap").ValueKind);
    }

    [Fact]
    public void Names_map_to_the_catalog_ignoring_case()
    {
        Assert.Equal(["automatic", "assignment", "flow", "cp-sat", "stable"], SolverSettings.Names);
        Assert.Same(PairingSolvers.Automatic, new SolverSettings().ToSolver());
        Assert.Same(PairingSolvers.LinearSumAssignment, new SolverSettings { Name = "Assignment" }.ToSolver());
        Assert.Same(PairingSolvers.MinCostFlow, new SolverSettings { Name = " flow " }.ToSolver());
        Assert.Same(PairingSolvers.CpSat, new SolverSettings { Name = "CP-SAT" }.ToSolver());
        Assert.Same(PairingSolvers.StableMenteeProposing, new SolverSettings { Name = "stable" }.ToSolver());
        Assert.Same(PairingSolvers.StableMentorProposing, new SolverSettings { Name = "stable", Proposers = StableProposer.Mentors }.ToSolver());
    }

    [Fact]
    public void Unknown_names_and_misplaced_proposers_are_typed_errors()
    {
        var unknown = Assert.Throws<MatchingInputException>(() => new SolverSettings { Name = "max-min" }.ToSolver());
        Assert.Equal("Unknown solver 'max-min'; the solvers are automatic, assignment, flow, cp-sat, stable.", unknown.Message);
        var misplaced = Assert.Throws<MatchingInputException>(() => new SolverSettings { Name = "cp-sat", Proposers = StableProposer.Mentees }.ToSolver());
        Assert.Contains("'stable' solver only", misplaced.Message, StringComparison.Ordinal);
        Assert.Throws<MatchingInputException>(() => new SolverSettings { Name = "stable", Proposers = (StableProposer)7 }.ToSolver());
        Assert.Throws<MatchingInputException>(() => new MatchingConfig { Solver = new SolverSettings { Name = "greedy" } }.ToOptions());
    }

    [Fact]
    public void A_config_with_a_solver_round_trips_through_its_json()
    {
        var config = new MatchingConfig { Solver = new SolverSettings { Name = "stable", Proposers = StableProposer.Mentors } };

        var read = MatchingConfig.Load(new StringReader(config.ToJson()), "round-trip");

        Assert.Equal(config.Solver, read.Solver);
        Assert.Same(PairingSolvers.StableMentorProposing, read.ToOptions().Solver);
        Assert.Null(MatchingConfig.Load(new StringReader("{}"), "empty").Solver);
        Assert.Same(PairingSolvers.Automatic, MatchingConfig.Default.ToOptions().Solver);
    }

    [Theory]
    [InlineData(9, 6, 5)]
    [InlineData(3, 5, 5)]
    [InlineData(14, 4, 6)]
    public void Stable_by_name_with_the_price_of_stability_reports_the_brute_force_optimum(int seed, int mentees, int mentors)
    {
        var cohort = new Cohort(new CohortGenerator(seed).Generate(mentees, mentors));
        var options = OneToOne(new SolverSettings { Name = "stable", PriceOfStability = true }).ToOptions();
        var (count, total) = PairingOracle.Best(Grid(cohort, options));

        var pairing = new MatchingEngine(options).Match(cohort);

        Assert.True(options.CompareWithOptimum);
        var stability = Assert.IsType<Explaining.StabilityReport>(pairing.Stability);
        Assert.True(stability.IsStable);
        Assert.Equal(count, stability.OptimalPairCount);
        Assert.Equal(total, stability.OptimalTotal!.Value, 6);
        Assert.Equal(total - pairing.TotalScore, stability.PriceOfStability!.Value, 6);
        Assert.Null(pairing.Gap);
        var json = JsonDocument.Parse(PairingJson.Serialize(pairing)).RootElement.GetProperty("stability");
        Assert.Equal(count, json.GetProperty("optimalPairCount").GetInt32());
        Assert.Equal(stability.OptimalTotal!.Value, json.GetProperty("optimalTotal").GetDouble());
        Assert.Equal(stability.PriceOfStability!.Value, json.GetProperty("priceOfStability").GetDouble());
    }

    [Theory]
    [InlineData(9, 6, 5)]
    [InlineData(3, 5, 5)]
    public void Stable_by_name_by_default_reports_the_blocking_pairs_and_no_optimum(int seed, int mentees, int mentors)
    {
        var cohort = new Cohort(new CohortGenerator(seed).Generate(mentees, mentors));
        var options = OneToOne(new SolverSettings { Name = "stable" }).ToOptions();

        var pairing = new MatchingEngine(options).Match(cohort);

        Assert.False(options.CompareWithOptimum);
        var stability = Assert.IsType<Explaining.StabilityReport>(pairing.Stability);
        Assert.True(stability.IsStable);
        Assert.Equal(0, stability.BlockingPairCount);
        Assert.Equal(pairing.Pairs.Count, stability.PairCount);
        Assert.Equal(pairing.TotalScore, stability.Total, 1e-5); // the report sums the single-precision matrix
        Assert.Null(stability.OptimalPairCount);
        Assert.Null(stability.OptimalTotal);
        Assert.Null(stability.PriceOfStability);
        Assert.Null(stability.PriceOfStabilityRatio);
        var json = JsonDocument.Parse(PairingJson.Serialize(pairing)).RootElement.GetProperty("stability");
        Assert.True(json.GetProperty("stable").GetBoolean());
        Assert.Equal(0, json.GetProperty("blockingPairs").GetInt32());
        foreach (var name in (string[])["optimalPairCount", "optimalTotal", "priceOfStability"])
        {
            Assert.Equal(JsonValueKind.Null, json.GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public void The_price_of_stability_is_for_the_stable_solver_only_and_round_trips_through_the_config_json()
    {
        var misplaced = Assert.Throws<MatchingInputException>(() => new SolverSettings { Name = "flow", PriceOfStability = true }.ToSolver());
        Assert.Equal("The price of stability applies to the 'stable' solver only, not to 'flow'.", misplaced.Message);
        Assert.Throws<MatchingInputException>(() => new MatchingConfig { Solver = new SolverSettings { PriceOfStability = true } }.ToOptions());

        var config = new MatchingConfig { Solver = new SolverSettings { Name = "stable", PriceOfStability = true } };
        var json = config.ToJson();
        var read = MatchingConfig.Load(new StringReader(json), "round-trip");

        Assert.Contains("\"priceOfStability\": true", json, StringComparison.Ordinal);
        Assert.Equal(config.Solver, read.Solver);
        Assert.True(read.ToOptions().CompareWithOptimum);
        Assert.DoesNotContain("priceOfStability", new MatchingConfig { Solver = new SolverSettings { Name = "stable" } }.ToJson(), StringComparison.Ordinal);
        var off = MatchingConfig.Load(new StringReader("""{ "solver": { "name": "stable", "priceOfStability": false } }"""), "off");
        Assert.False(off.ToOptions().CompareWithOptimum);
    }

    [Fact]
    public void Compare_with_optimum_is_ignored_by_the_solvers_that_make_no_stability_report()
    {
        var cohort = new Cohort(new CohortGenerator(9).Generate(6, 5));

        var pairing = new MatchingEngine(new MatchingOptions { Solver = PairingSolvers.MinCostFlow, CompareWithOptimum = true }).Match(cohort);

        Assert.Null(pairing.Stability);
    }
}
