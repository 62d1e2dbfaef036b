using System.Text.Json;
using ReverseMentoring.Matching.Cli;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class MatchCommandTests : IDisposable
{
    private const string SmallCohort =
        "id,name,role,department,manager_id,seniority,skill:Technology,goal:Technology\n"
        + "boss,Big Boss,mentee,Board,,6,0,1\n"
        + "vp,Vera Price,mentee,Sales,boss,5,1,0.8\n"
        + "jun,June Park,mentor,Sales,vp,1,5,\n"
        + "kai,Kai Berg,mentor,IT,,1,3,\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Sample_prints_a_plain_table_the_unmatched_and_a_summary()
    {
        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample");

        Assert.True(exit == 0, stderr);
        Assert.Equal(string.Empty, stderr);
        Assert.DoesNotContain('\u001b', stdout);
        Assert.Contains("| Mentor", stdout, StringComparison.Ordinal);
        Assert.Contains("Breakdown", stdout, StringComparison.Ordinal);
        Assert.Contains("SkillGap", stdout, StringComparison.Ordinal);
        Assert.Contains("mentee Margaret Holloway (exec-ceo): no allowed mentor: 12 excluded by reporting line", stdout, StringComparison.Ordinal);
        Assert.Matches(@"11 pairs, total \d\.\d{3}, mean 0\.\d{3}, min 0\.\d{3}, status Optimal, solver LinearSumAssignment, elapsed [\d.]+ ms", stdout);
        Assert.Equal(11, stdout.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("(exec-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sample_json_has_every_field_and_consistent_numbers()
    {
        var jsonPath = _dir.File("out.json");

        var (exit, _, stderr) = CliRunner.Run("match", "--sample", "--json", jsonPath);

        Assert.True(exit == 0, stderr);
        Assert.Equal(["out.json"], _dir.FileNames());
        var json = JsonDocument.Parse(File.ReadAllText(jsonPath)).RootElement;
        Assert.Equal(
            ["status", "pairCount", "totalScore", "meanScore", "minimumScore", "solver", "pairs", "unmatchedMentees", "unmatchedMentors", "unmatched", "scoreStatistics", "stability", "objectiveValue", "objectiveBound", "gap"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Optimal", json.GetProperty("status").GetString());
        Assert.Equal("LinearSumAssignment", json.GetProperty("solver").GetString());

        var pairs = json.GetProperty("pairs").EnumerateArray().ToArray();
        Assert.Equal(11, json.GetProperty("pairCount").GetInt32());
        Assert.Equal(11, pairs.Length);
        var scores = pairs.Select(p => p.GetProperty("score").GetDouble()).ToArray();
        foreach (var pair in pairs)
        {
            Assert.Equal(["mentee", "mentor", "score", "breakdown"], pair.EnumerateObject().Select(p => p.Name));
            var breakdown = pair.GetProperty("breakdown").EnumerateObject().ToArray();
            Assert.Equal(["SkillGap", "Reciprocal", "NetworkReach"], breakdown.Select(c => c.Name));
            Assert.Equal(pair.GetProperty("score").GetDouble(), breakdown.Sum(c => c.Value.GetDouble()), 1e-9);
        }

        var menteeIds = pairs.Select(p => p.GetProperty("mentee").GetString()!).ToArray();
        Assert.Equal(menteeIds.Order(StringComparer.Ordinal), menteeIds);
        Assert.Equal(11, pairs.Select(p => p.GetProperty("mentor").GetString()).Distinct().Count());
        Assert.Equal(scores.Sum(), json.GetProperty("totalScore").GetDouble(), 1e-9);
        Assert.Equal(scores.Average(), json.GetProperty("meanScore").GetDouble(), 1e-9);
        Assert.Equal(scores.Min(), json.GetProperty("minimumScore").GetDouble(), 1e-12);

        Assert.Equal(["exec-ceo"], json.GetProperty("unmatchedMentees").EnumerateArray().Select(e => e.GetString()));
        var unmatchedMentor = Assert.Single(json.GetProperty("unmatchedMentors").EnumerateArray()).GetString();
        var unmatched = json.GetProperty("unmatched").EnumerateArray().ToArray();
        Assert.Equal(2, unmatched.Length);
        var ceo = unmatched[0];
        Assert.Equal(["id", "role", "reason", "allowedCandidates", "exclusions"], ceo.EnumerateObject().Select(p => p.Name));
        Assert.Equal("exec-ceo", ceo.GetProperty("id").GetString());
        Assert.Equal("mentee", ceo.GetProperty("role").GetString());
        Assert.Equal("no allowed mentor: 12 excluded by reporting line", ceo.GetProperty("reason").GetString());
        Assert.Equal(0, ceo.GetProperty("allowedCandidates").GetInt32());
        Assert.Equal([("reporting line", 12)], ceo.GetProperty("exclusions").EnumerateObject().Select(e => (e.Name, e.Value.GetInt32())));
        Assert.Equal(unmatchedMentor, unmatched[1].GetProperty("id").GetString());
        Assert.Equal("mentor", unmatched[1].GetProperty("role").GetString());
        Assert.Contains("paired with others", unmatched[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_total_is_the_optimum_found_by_exhaustive_search()
    {
        var jsonPath = _dir.File("out.json");
        Assert.Equal(0, CliRunner.Run("match", "--sample", "--json", jsonPath).Exit);
        var total = JsonDocument.Parse(File.ReadAllText(jsonPath)).RootElement.GetProperty("totalScore").GetDouble();

        var cohort = new Cohort(ParticipantInput.ReadSample());
        var scores = CohortScores.Compute(Eligibility.Evaluate(cohort, PairRules.Defaults), PairScorers.Default);
        var (bestPairs, bestTotal) = BestByDynamicProgramming(scores.Matrix, scores.Score); // exact scores, not the solver's float32 copy

        Assert.Equal(11, bestPairs);
        Assert.Equal(bestTotal, total, 1e-9);
    }

    [Fact]
    public void Sample_cohort_has_a_dozen_per_side_and_a_reporting_tree()
    {
        var people = ParticipantInput.ReadSample();

        Assert.Equal(12, people.Count(p => p.Role == ParticipantRole.Mentor));
        Assert.Equal(12, people.Count(p => p.Role == ParticipantRole.Mentee));
        Assert.All(people.Where(p => p.Role == ParticipantRole.Mentor), p => Assert.InRange(p.Seniority, 1, 2));
        Assert.All(people.Where(p => p.Role == ParticipantRole.Mentee), p => Assert.InRange(p.Seniority, 4, 6));
        var cohort = new Cohort(people);
        cohort.TryGet("exec-ceo", out var ceo);
        cohort.TryGet("ana-lima", out var ana);
        Assert.True(cohort.Manages(ceo, ana));
    }

    [Fact]
    public void Participants_file_is_matched_and_the_json_file_replaced_whole()
    {
        var input = _dir.Write("people.csv", SmallCohort);
        var jsonPath = _dir.Write("out.json", "old content");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", input, "--json", jsonPath, "--force");

        Assert.True(exit == 0, stderr);
        Assert.Contains("June Park (jun)", stdout, StringComparison.Ordinal);
        Assert.Equal(["out.json", "people.csv"], _dir.FileNames());
        var json = JsonDocument.Parse(File.ReadAllText(jsonPath)).RootElement;

        // jun reports to vp who reports to boss: jun may only pair outside that line, and there is none,
        // so kai (the only other mentor) takes one executive and jun stays unmatched.
        var pairs = json.GetProperty("pairs").EnumerateArray()
            .Select(p => (p.GetProperty("mentee").GetString(), p.GetProperty("mentor").GetString())).ToArray();
        var pair = Assert.Single(pairs);
        Assert.Equal("kai", pair.Item2);
        Assert.Equal(["jun"], json.GetProperty("unmatchedMentors").EnumerateArray().Select(e => e.GetString()));
        var jun = json.GetProperty("unmatched").EnumerateArray().Single(u => u.GetProperty("id").GetString() == "jun");
        Assert.Equal("no allowed mentee: 2 excluded by reporting line", jun.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("id,role\nana,mentor\nana,mentee\n", 3, 1)]
    [InlineData("id,role,seniority\nana,mentor,one\n", 2, 3)]
    [InlineData("id,role,skill:Technology\nana,mentor,9\n", 2, 3)]
    [InlineData("id,role,shoe_size\n", 1, 3)]
    [InlineData("", 1, 1)]
    public void A_bad_participants_file_exits_2_and_writes_no_json_file(string csv, int line, int column)
    {
        var input = _dir.Write("people.csv", csv);
        var jsonPath = _dir.File("out.json");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", input, "--json", jsonPath);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith($"{input}:{line}:{column}: ", stderr, StringComparison.Ordinal);
        Assert.Equal(["people.csv"], _dir.FileNames());
    }

    [Fact]
    public void A_bad_participants_file_leaves_an_existing_json_file_untouched()
    {
        var input = _dir.Write("people.csv", "id,role\nana,teacher\n");
        var jsonPath = _dir.Write("out.json", "previous run");

        var (exit, stdout, _) = CliRunner.Run("match", "--participants", input, "--json", jsonPath);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal("previous run", File.ReadAllText(jsonPath));
        Assert.Equal(["out.json", "people.csv"], _dir.FileNames());
    }

    [Fact]
    public void A_json_path_in_a_missing_directory_exits_2_with_nothing_on_stdout()
    {
        var input = _dir.Write("people.csv", SmallCohort);
        var jsonPath = Path.Combine(_dir.Path, "no-such-dir", "out.json");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", input, "--json", jsonPath);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith(jsonPath, stderr, StringComparison.Ordinal);
        Assert.Equal(["people.csv"], _dir.FileNames());
    }

    [Fact]
    public void A_missing_participants_file_exits_2()
    {
        var input = _dir.File("nobody.csv");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", input);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal($"{input}: file not found.", stderr.TrimEnd());
    }

    [Theory]
    [InlineData(new string[] { "match" }, "--participants FILE or --sample")]
    [InlineData(new string[] { "match", "--sample", "--participants", "x.csv" }, "not both")]
    [InlineData(new string[] { "match", "--sample", "--json" }, "--json")]
    public void Bad_options_exit_2_with_nothing_on_stdout(string[] args, string mentioned)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains(mentioned, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_describes_the_verb()
    {
        var (exit, stdout, _) = CliRunner.Run("match", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--participants", stdout, StringComparison.Ordinal);
        Assert.Contains("--sample", stdout, StringComparison.Ordinal);
        Assert.Contains("--json", stdout, StringComparison.Ordinal);
    }

    /// <summary>Most pairs, then highest total, by dynamic programming over subsets of mentors (fine up to ~16 mentors).</summary>
    private static (int Pairs, double Total) BestByDynamicProgramming(ScoreMatrix m, Func<int, int, double> score)
    {
        var states = 1 << m.MentorCount;
        var best = new (int Pairs, double Total)?[states];
        best[0] = (0, 0);
        for (var i = 0; i < m.MenteeCount; i++)
        {
            var next = new (int Pairs, double Total)?[states];
            for (var mask = 0; mask < states; mask++)
            {
                if (best[mask] is not { } here)
                {
                    continue;
                }

                Improve(next, mask, here);
                for (var j = 0; j < m.MentorCount; j++)
                {
                    if ((mask & (1 << j)) == 0 && m.IsAllowed(i, j))
                    {
                        Improve(next, mask | (1 << j), (here.Pairs + 1, here.Total + score(i, j)));
                    }
                }
            }

            best = next;
        }

        return best.OfType<(int Pairs, double Total)>().OrderByDescending(b => b.Pairs).ThenByDescending(b => b.Total).First();
    }

    private static void Improve((int Pairs, double Total)?[] table, int mask, (int Pairs, double Total) candidate)
    {
        if (table[mask] is not { } current || candidate.Pairs > current.Pairs
            || (candidate.Pairs == current.Pairs && candidate.Total > current.Total))
        {
            table[mask] = candidate;
        }
    }
}
