using System.Text.Json;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary><c>rmatch match --solver/--proposers</c> and the config's <c>solver</c> section, checked against brute force.</summary>
public sealed class SolverChoiceCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A generated cohort (capacities and all) written by <c>rmatch generate</c>.</summary>
    private string Generated(int mentors, int mentees, int seed)
    {
        var folder = Path.Combine(_dir.Path, $"gen-{mentors}-{mentees}-{seed}");
        var (exit, _, stderr) = CliRunner.Run("generate", "--mentors", $"{mentors}", "--mentees", $"{mentees}", "--seed", $"{seed}", "--out", folder);
        Assert.True(exit == 0, stderr);
        return Path.Combine(folder, "participants.csv");
    }

    private static JsonElement Match(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(["match", .. args, "--json", "-"]);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static (string Mentee, string Mentor)[] Pairs(JsonElement result) =>
        [.. result.GetProperty("pairs").EnumerateArray().Select(p => (p.GetProperty("mentee").GetString()!, p.GetProperty("mentor").GetString()!))];

    /// <summary>
    /// Blocking pairs by definition, from the default rules and scorer: an allowed, unpaired mentee and mentor who each
    /// have a free slot or score the other strictly above their worst partner.
    /// </summary>
    private static int BlockingPairs(string file, (string Mentee, string Mentor)[] pairs)
    {
        var cohort = new Cohort(ParticipantFile.Read(file));
        var defaults = new MatchingOptions();
        var matrix = CohortScores.Compute(Eligibility.Evaluate(cohort, defaults.Rules), defaults.Scorer).Matrix;
        var menteeAt = Enumerable.Range(0, matrix.MenteeCount).ToDictionary(i => matrix.MenteeIds[i], StringComparer.Ordinal);
        var mentorAt = Enumerable.Range(0, matrix.MentorCount).ToDictionary(j => matrix.MentorIds[j], StringComparer.Ordinal);
        var capacity = cohort.Mentees.Concat(cohort.Mentors).ToDictionary(p => p.Id, p => p.Capacity, StringComparer.Ordinal);
        var paired = pairs.Select(p => (menteeAt[p.Mentee], mentorAt[p.Mentor])).ToHashSet();

        bool Wants(string id, IEnumerable<double> partnerScores, double score)
        {
            var scores = partnerScores.ToArray();
            return scores.Length < capacity[id] || score > scores.Min();
        }

        var blocking = 0;
        for (var i = 0; i < matrix.MenteeCount; i++)
        {
            for (var j = 0; j < matrix.MentorCount; j++)
            {
                if (matrix.IsAllowed(i, j) && !paired.Contains((i, j))
                    && Wants(matrix.MenteeIds[i], paired.Where(p => p.Item1 == i).Select(p => matrix[i, p.Item2]), matrix[i, j])
                    && Wants(matrix.MentorIds[j], paired.Where(p => p.Item2 == j).Select(p => matrix[p.Item1, j]), matrix[i, j]))
                {
                    blocking++;
                }
            }
        }

        return blocking;
    }

    [Theory]
    [InlineData(12, 10, 3)]
    [InlineData(9, 14, 11)]
    [InlineData(20, 20, 5)]
    public void Solver_stable_gives_a_pairing_without_blocking_pairs_and_says_so(int mentors, int mentees, int seed)
    {
        var file = Generated(mentors, mentees, seed);

        foreach (var proposers in (string[])["mentees", "mentors"])
        {
            var result = Match("--participants", file, "--solver", "stable", "--proposers", proposers);

            Assert.Equal(0, BlockingPairs(file, Pairs(result)));
            Assert.StartsWith($"GaleShapley ({proposers[..^1]}-proposing", result.GetProperty("solver").GetString(), StringComparison.Ordinal);
            var stability = result.GetProperty("stability");
            Assert.True(stability.GetProperty("stable").GetBoolean());
            Assert.Equal(0, stability.GetProperty("blockingPairs").GetInt32());
            foreach (var name in (string[])["optimalPairCount", "optimalTotal", "priceOfStability"])
            {
                Assert.Equal(JsonValueKind.Null, stability.GetProperty(name).ValueKind); // no optimal solve unless asked for
            }
        }
    }

    /// <summary>The brute-force best (most pairs, then highest total) of a one-to-one run of the file, default rules and scorer.</summary>
    private static (int Count, double Total) OneToOneOptimum(string file)
    {
        var cohort = new Cohort(ParticipantFile.Read(file));
        var defaults = new MatchingOptions();
        var matrix = CohortScores.Compute(Eligibility.Evaluate(cohort, defaults.Rules), defaults.Scorer).Matrix;
        var grid = new double?[matrix.MenteeCount, matrix.MentorCount];
        for (var i = 0; i < matrix.MenteeCount; i++)
        {
            for (var j = 0; j < matrix.MentorCount; j++)
            {
                grid[i, j] = matrix.IsAllowed(i, j) ? matrix[i, j] : null;
            }
        }

        return PairingOracle.Best(grid);
    }

    [Theory]
    [InlineData(7, 7, 3)]
    [InlineData(6, 8, 11)]
    public void Price_of_stability_from_the_flag_or_the_config_is_the_brute_force_optimum_minus_the_total(int mentors, int mentees, int seed)
    {
        var file = Generated(mentors, mentees, seed);
        var capacities = _dir.Write($"one-{seed}.json", """{ "capacities": { "mentor": 1, "mentee": 1 } }""");
        var config = _dir.Write($"price-{seed}.json", """
            { "capacities": { "mentor": 1, "mentee": 1 }, "solver": { "name": "stable", "priceOfStability": true } }
            """);
        var (count, total) = OneToOneOptimum(file);

        var fromFlag = Match("--participants", file, "--config", capacities, "--solver", "stable", "--price-of-stability");
        var fromConfig = Match("--participants", file, "--config", config);

        var stability = fromFlag.GetProperty("stability");
        Assert.Equal(0, BlockingPairs(file, Pairs(fromFlag)));
        Assert.Equal(count, stability.GetProperty("optimalPairCount").GetInt32());
        // The report sums the matrix's stored (single-precision) scores, the oracle and the pairing exact ones.
        Assert.Equal(total, stability.GetProperty("optimalTotal").GetDouble(), 1e-5);
        Assert.Equal(total - fromFlag.GetProperty("totalScore").GetDouble(), stability.GetProperty("priceOfStability").GetDouble(), 1e-5);
        Assert.Equal(stability.GetRawText(), fromConfig.GetProperty("stability").GetRawText());
        Assert.Equal(Pairs(fromFlag), Pairs(fromConfig));
    }

    [Fact]
    public void The_summary_line_of_a_stable_run_says_it_is_stable_and_the_price_when_asked_for()
    {
        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--solver", "stable");
        var (priceExit, priceStdout, priceStderr) = CliRunner.Run("match", "--sample", "--solver", "stable", "--price-of-stability");
        var (flowExit, flowStdout, flowStderr) = CliRunner.Run("match", "--sample", "--solver", "flow");

        Assert.True(exit == 0 && priceExit == 0 && flowExit == 0, stderr + priceStderr + flowStderr);
        Assert.Matches(@"elapsed [\d.]+ ms, stable\r?\n", stdout);
        Assert.Matches(@"elapsed [\d.]+ ms, stable, price of stability -?\d+\.\d{3}\r?\n", priceStdout);
        Assert.DoesNotContain("stable", flowStdout.Split('\n').Single(l => l.Contains("elapsed", StringComparison.Ordinal)), StringComparison.Ordinal);

        var (esExit, esStdout, esStderr) = CliRunner.Run("match", "--sample", "--solver", "stable", "--price-of-stability", "--culture", "es");
        Assert.True(esExit == 0, esStderr);
        Assert.Matches(@"ms, estable, precio de la estabilidad -?\d+\.\d{3}\r?\n", esStdout);
    }

    [Fact]
    public void The_default_solver_is_not_stable_on_the_same_cohorts_so_the_check_can_fail()
    {
        // The brute-force count finds blocking pairs in the optimal pairing of these cohorts; stable removes them.
        var counts = new[] { (12, 10, 3), (9, 14, 11), (20, 20, 5) }
            .Select(c => Generated(c.Item1, c.Item2, c.Item3))
            .Select(file => (File: file, Result: Match("--participants", file)))
            .Select(r => (Blocking: BlockingPairs(r.File, Pairs(r.Result)), Stability: r.Result.GetProperty("stability")))
            .ToArray();

        Assert.Contains(counts, c => c.Blocking > 0);
        Assert.All(counts, c => Assert.Equal(JsonValueKind.Null, c.Stability.ValueKind));
    }

    [Theory]
    [InlineData("stable", "mentors", """{ "name": "stable", "proposers": "mentors" }""")]
    [InlineData("stable", null, """{ "name": "Stable" }""")]
    [InlineData("flow", null, """{ "name": "flow" }""")]
    [InlineData("cp-sat", null, """{ "name": "cp-sat" }""")]
    [InlineData("assignment", null, """{ "name": "assignment" }""")]
    public void The_config_solver_section_chooses_what_the_command_line_chooses(string name, string? proposers, string section)
    {
        var file = Generated(8, 8, 21);
        var config = _dir.Write($"{name}-{proposers}.json", $$"""{ "capacities": { "mentor": 1, "mentee": 1 }, "solver": {{section}} }""");
        var onlyCapacities = _dir.Write("capacities.json", """{ "capacities": { "mentor": 1, "mentee": 1 } }""");
        string[] cli = proposers is null ? ["--solver", name] : ["--solver", name, "--proposers", proposers];

        var fromConfig = Match("--participants", file, "--config", config);
        var fromCli = Match(["--participants", file, "--config", onlyCapacities, .. cli]);

        Assert.Equal(fromCli.GetProperty("solver").GetString(), fromConfig.GetProperty("solver").GetString());
        Assert.Equal(Pairs(fromCli), Pairs(fromConfig));
        Assert.Equal(fromCli.GetProperty("totalScore").GetDouble(), fromConfig.GetProperty("totalScore").GetDouble());
    }

    [Fact]
    public void The_command_line_solver_overrides_the_config()
    {
        var file = Generated(8, 8, 21);
        var config = _dir.Write("stable.json", """{ "solver": { "name": "stable", "proposers": "mentors" } }""");

        var result = Match("--participants", file, "--config", config, "--solver", "flow");

        Assert.Equal("MinCostFlow", result.GetProperty("solver").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("stability").ValueKind);
    }

    [Fact]
    public void Unknown_solver_on_the_command_line_is_exit_2_listing_the_solvers()
    {
        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--solver", "hungarian", "--json", "-");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(
            "rmatch: --solver 'hungarian': Unknown solver 'hungarian'; the solvers are automatic, assignment, flow, cp-sat, stable.",
            stderr.Trim());
    }

    [Theory]
    [InlineData("flow", "flow")]
    [InlineData(null, "automatic")]
    public void The_price_of_stability_flag_without_the_stable_solver_is_exit_2(string? solver, string named)
    {
        var output = Path.Combine(_dir.Path, "price.json");
        string[] choice = solver is null ? [] : ["--solver", solver];

        var (exit, stdout, stderr) = CliRunner.Run(["match", "--sample", .. choice, "--price-of-stability", "--json", output]);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.False(File.Exists(output));
        Assert.Equal($"rmatch: --price-of-stability: The price of stability applies to the 'stable' solver only, not to '{named}'.", stderr.Trim());
    }

    [Theory]
    [InlineData("--solver", "flow", "--proposers", "mentors", "Proposers apply to the 'stable' solver only, not to 'flow'.")]
    [InlineData("--solver", "stable", "--proposers", "juniors", "--proposers 'juniors' is not a side; use mentees or mentors.")]
    public void Proposers_that_do_not_fit_are_exit_2(string a, string b, string c, string d, string message)
    {
        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", a, b, c, d, "--json", "-");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"solver\": {\n    \"name\": \"hungarian\"\n  }\n}", 3, "Unknown solver 'hungarian'; the solvers are automatic, assignment, flow, cp-sat, stable.")]
    [InlineData("{\n  \"solver\": { \"name\": \"flow\",\n    \"proposers\": \"mentors\" }\n}", 3, "Proposers apply to the 'stable' solver only, not to 'flow'.")]
    [InlineData("{ \"solver\": { \"proposers\": \"juniors\" } }", 1, "'solver.proposers' must be one of \"Mentees\", \"Mentors\".")]
    [InlineData("{ \"solver\": { \"name\": \"stable\", \"timeLimit\": 3 } }", 1, "Unknown property 'timeLimit'")]
    [InlineData("{\n  \"solver\": { \"name\": \"flow\",\n    \"priceOfStability\": true }\n}", 3, "The price of stability applies to the 'stable' solver only, not to 'flow'.")]
    [InlineData("{ \"solver\": { \"name\": \"stable\", \"priceOfStability\": \"yes\" } }", 1, "true or false")]
    public void A_bad_solver_section_is_exit_2_at_its_place_in_the_config(string json, int line, string message)
    {
        var config = _dir.Write("bad.json", json);
        var output = _dir.File("out.json");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--config", config, "--json", output);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.False(File.Exists(output));
        Assert.StartsWith($"{config}:{line}:", stderr, StringComparison.Ordinal);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}
