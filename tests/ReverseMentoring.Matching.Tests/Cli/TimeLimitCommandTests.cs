using System.Globalization;
using System.Text;
using ReverseMentoring.Matching.Cli;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>
/// <c>rmatch match</c> when CP-SAT's time limit stops it: exit 3 with a message when no pairing was found in time, and
/// "time limit" in the summary when one was. The limits are deterministic, so this does not depend on the machine.
/// </summary>
public sealed class TimeLimitCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// Ten mentees of department A and one pinned A–A pair; mentors of A teach what the mentees want, mentors of C do
    /// not. Half the pairs must cross departments: the best pairing without that rule (all A–A) keeps no valid part,
    /// and a search with almost no work allowed finds nothing.
    /// </summary>
    private string People()
    {
        var csv = new StringBuilder("id,role,department,seniority,skill:Technology,goal:Technology\n");
        for (var k = 0; k <= 10; k++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"e{k},mentee,A,5,0,1\nhigh{k},mentor,A,1,5,0\n");
            csv.Append(CultureInfo.InvariantCulture, $"low{k},mentor,C,1,1,0\n");
        }

        return _dir.Write("people.csv", csv.ToString());
    }

    private string Config(double deterministicTimeLimit) => _dir.Write("run.json", string.Create(CultureInfo.InvariantCulture, $$"""
        { "weights": { "skillGap": 1, "reciprocal": 0, "networkReach": 0 },
          "pinnedPairs": [{ "mentor": "high0", "mentee": "e0" }],
          "sideConstraints": { "minCrossDepartmentShare": 0.5, "deterministicTimeLimit": {{deterministicTimeLimit:R}} } }
        """));

    [Fact]
    public void No_pairing_within_the_time_limit_exits_3_with_a_message_and_writes_nothing()
    {
        var output = _dir.File("out.json");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", People(), "--config", Config(1e-9), "--json", output);

        Assert.Equal((CliApp.TimeLimitReached, string.Empty), (exit, stdout));
        Assert.StartsWith("rmatch: CP-SAT found no pairing that meets the side constraints within its time limit", stderr, StringComparison.Ordinal);
        Assert.Contains("'sideConstraints.deterministicTimeLimit'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_run_stopped_by_the_time_limit_says_so_in_its_status_and_reasons()
    {
        var config = _dir.Write("balance.json", """
            { "weights": { "skillGap": 1, "reciprocal": 0, "networkReach": 0 },
              "sideConstraints": { "balanceMentorLoad": true, "deterministicTimeLimit": 1e-9 } }
            """);
        _dir.Write("few-mentors.csv", "id,role,department,seniority,skill:Technology,goal:Technology\n"
            + string.Concat(Enumerable.Range(0, 12).Select(k => $"e{k},mentee,A,5,0,1\n"))
            + string.Concat(Enumerable.Range(0, 8).Select(k => $"m{k},mentor,B,1,5,0\n")));

        var (exit, stdout, _) = CliRunner.Run("match", "--participants", _dir.File("few-mentors.csv"), "--config", config);

        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("8 pairs", stdout, StringComparison.Ordinal);
        Assert.Contains("status Feasible (time limit reached, not proven optimal)", stdout, StringComparison.Ordinal);
        Assert.Contains("time limit reached before a pairing with any of the 8 allowed mentors was found", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("paired with others", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void With_enough_work_the_same_run_pairs_everyone_half_across_departments()
    {
        var output = _dir.File("out.json");

        var (exit, _, stderr) = CliRunner.Run("match", "--participants", People(), "--config", Config(10), "--json", output);

        Assert.Equal((CliApp.Success, string.Empty), (exit, stderr));
        using var result = System.Text.Json.JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal("Optimal", result.RootElement.GetProperty("status").GetString());
        Assert.Equal(11, result.RootElement.GetProperty("pairCount").GetInt32());
    }
}
