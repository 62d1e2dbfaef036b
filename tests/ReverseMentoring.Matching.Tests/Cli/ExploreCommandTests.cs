using System.Text.Json;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary><c>rmatch whynot</c>, <c>rematch</c> and <c>alternatives</c>: outputs, round trips and input errors.</summary>
public sealed class ExploreCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Whynot_prints_the_change_and_its_json_agrees_with_its_two_pairings()
    {
        var (exit, stdout, stderr) = CliRunner.Run("whynot", "--sample", "--mentee", "exec-cfo", "--mentor", "ana-lima", "--json", "-");

        Assert.Equal((0, string.Empty), (exit, stderr));
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        var optimum = root.GetProperty("optimum");
        var alternative = root.GetProperty("alternative");
        Assert.Equal(
            alternative.GetProperty("totalScore").GetDouble() - optimum.GetProperty("totalScore").GetDouble(),
            root.GetProperty("scoreChange").GetDouble(),
            1e-12);
        var forced = root.GetProperty("status").GetString() == "Forced";
        var pairs = alternative.GetProperty("pairs").EnumerateArray()
            .Select(p => (p.GetProperty("mentee").GetString(), p.GetProperty("mentor").GetString()));
        Assert.Equal(forced, pairs.Contains(("exec-cfo", "ana-lima")));
    }

    [Theory]
    [InlineData("nobody", "ana-lima", "'nobody'")]
    [InlineData("exec-cfo", "nobody", "'nobody'")]
    [InlineData("ana-lima", "exec-cfo", "'ana-lima' is a mentor")]
    public void Whynot_with_an_unknown_id_exits_2_naming_it(string mentee, string mentor, string named)
    {
        var (exit, stdout, stderr) = CliRunner.Run("whynot", "--sample", "--mentee", mentee, "--mentor", mentor);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains(named, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rematch_of_an_unchanged_cohort_keeps_every_pair_and_its_output_reads_back()
    {
        var result = _dir.File("result.json");
        Assert.Equal(0, CliRunner.Run("match", "--sample", "--json", result, "--quiet").Exit);
        var next = _dir.File("next.json");

        var (exit, stdout, stderr) = CliRunner.Run("rematch", "--sample", "--current", result, "--json", next);
        var (again, _, againErrors) = CliRunner.Run("rematch", "--sample", "--current", next, "--json", "-", "--penalty", "0");

        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.Equal((0, string.Empty), (again, againErrors));
        using var written = JsonDocument.Parse(File.ReadAllText(next));
        var rematch = written.RootElement.GetProperty("rematch");
        Assert.Equal(written.RootElement.GetProperty("pairCount").GetInt32(), rematch.GetProperty("kept").GetArrayLength());
        Assert.Equal(0, rematch.GetProperty("broken").GetArrayLength());
        Assert.Contains(" 0 broken, 0 new.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rematch_says_which_pairs_broke_when_a_mentor_leaves()
    {
        var people = File.ReadAllLines(RepositoryFiles.PathOf("samples/data/people.csv"));
        var all = _dir.Write("people.csv", string.Join('\n', people));
        var result = _dir.File("result.json");
        Assert.Equal(0, CliRunner.Run("match", "--participants", all, "--json", result, "--quiet").Exit);
        using var before = JsonDocument.Parse(File.ReadAllText(result));
        var leaver = before.RootElement.GetProperty("pairs")[0].GetProperty("mentor").GetString()!;
        var now = _dir.Write("now.csv", string.Join('\n', people.Where(l => !l.StartsWith(leaver + ",", StringComparison.Ordinal))));

        var (exit, stdout, stderr) = CliRunner.Run("rematch", "--participants", now, "--current", result);

        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.Contains($"broken {leaver} -> ", stdout, StringComparison.Ordinal);
        Assert.Contains($"the mentor '{leaver}' is no longer a mentor of the cohort", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rematch_never_writes_over_its_current_pairing_nor_an_existing_file_without_force()
    {
        var result = _dir.File("result.json");
        Assert.Equal(0, CliRunner.Run("match", "--sample", "--json", result, "--quiet").Exit);
        var original = File.ReadAllText(result);
        var existing = _dir.Write("existing.json", "keep me");

        var (onInput, _, inputError) = CliRunner.Run("rematch", "--sample", "--current", result, "--json", result, "--force");
        var (onExisting, _, existingError) = CliRunner.Run("rematch", "--sample", "--current", result, "--json", existing);

        Assert.Equal(2, onInput);
        Assert.Contains("current pairing", inputError, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(result));
        Assert.Equal(2, onExisting);
        Assert.Contains("existing.json", existingError, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(existing));
    }

    [Fact]
    public void Rematch_with_a_current_file_without_pairs_exits_2_at_the_place()
    {
        var bad = _dir.Write("bad.json", "{\n  \"pairs\": [ { \"mentee\": \"exec-cfo\" } ]\n}");

        var (exit, stdout, stderr) = CliRunner.Run("rematch", "--sample", "--current", bad);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith($"{bad}:2:14: ", stderr, StringComparison.Ordinal);
        Assert.Contains("\"mentor\"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rematch_lock_of_an_id_in_no_current_pair_exits_2_naming_it()
    {
        var result = _dir.File("result.json");
        Assert.Equal(0, CliRunner.Run("match", "--sample", "--json", result, "--quiet").Exit);

        var (exit, stdout, stderr) = CliRunner.Run("rematch", "--sample", "--current", result, "--lock", "nobody");

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("--lock 'nobody'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Alternatives_rank_k_pairings_the_first_being_what_match_makes()
    {
        var (matched, matchJson, _) = CliRunner.Run("match", "--sample", "--json", "-");
        var (exit, stdout, stderr) = CliRunner.Run("alternatives", "--sample", "--k", "3", "--json", "-");

        Assert.Equal((0, 0, string.Empty), (matched, exit, stderr));
        using var match = JsonDocument.Parse(matchJson);
        using var json = JsonDocument.Parse(stdout);
        var ranked = json.RootElement.GetProperty("alternatives").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3], ranked.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal(
            match.RootElement.GetProperty("totalScore").GetDouble(),
            ranked[0].GetProperty("pairing").GetProperty("totalScore").GetDouble());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    public void Alternatives_with_k_out_of_range_exit_2(string k)
    {
        var (exit, stdout, stderr) = CliRunner.Run("alternatives", "--sample", "--k", k);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("from 1 to 50", stderr, StringComparison.Ordinal);
    }
}
