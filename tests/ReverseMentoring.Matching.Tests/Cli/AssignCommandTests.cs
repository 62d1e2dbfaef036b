using System.Text.Json;
using ReverseMentoring.Matching.Cli;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class AssignCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private (int Exit, string Stdout, string Stderr, JsonElement Json) Assign(string csv)
    {
        var (exit, stdout, stderr) = CliRunner.Run("assign", "--scores", _dir.Write("scores.csv", csv));
        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        Assert.Equal(string.Empty, stderr);
        Assert.EndsWith("\n", stdout, StringComparison.Ordinal);
        Assert.Single(stdout.TrimEnd('\n', '\r').Split('\n'));
        return (exit, stdout, stderr, JsonDocument.Parse(stdout).RootElement.Clone());
    }

    private static (string Mentee, string Mentor, double Score)[] Pairs(JsonElement json) =>
        [.. json.GetProperty("pairs").EnumerateArray().Select(p =>
            (p.GetProperty("mentee").GetString()!, p.GetProperty("mentor").GetString()!, p.GetProperty("score").GetDouble()))];

    private static string[] Strings(JsonElement json, string name) =>
        [.. json.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void Prints_exactly_the_design_example()
    {
        var (_, stdout, _, _) = Assign(",ana,bo,chen\nexec-1,0.9,0.2,\nexec-2,0.4,,0.7\n");

        Assert.Equal(
            """{"status":"Optimal","pairCount":2,"totalScore":1.6,"pairs":[{"mentee":"exec-1","mentor":"ana","score":0.9},{"mentee":"exec-2","mentor":"chen","score":0.7}],"unmatchedMentees":[],"unmatchedMentors":["bo"]}""",
            stdout.TrimEnd());
    }

    [Fact]
    public void Properties_come_in_the_documented_order()
    {
        var json = Assign(",a\nx,1\n").Json;

        Assert.Equal(
            ["status", "pairCount", "totalScore", "pairs", "unmatchedMentees", "unmatchedMentors"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["mentee", "mentor", "score"], json.GetProperty("pairs")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Finds_the_optimum_where_greedy_would_not()
    {
        // Greedy takes e1-m1 (0.9) then e2-m2 (0.1) = 1.0; the optimum is e1-m2 + e2-m1 = 0.8 + 0.7 = 1.5.
        var json = Assign(",m1,m2\ne1,0.9,0.8\ne2,0.7,0.1\n").Json;

        Assert.Equal([("e1", "m2", 0.8), ("e2", "m1", 0.7)], Pairs(json));
        Assert.Equal(1.5, json.GetProperty("totalScore").GetDouble(), 12);
        Assert.Equal(2, json.GetProperty("pairCount").GetInt32());
    }

    [Fact]
    public void A_rectangular_matrix_leaves_the_extra_mentee_unmatched()
    {
        // Best two pairs: y-a 0.9 + z-b 0.8 = 1.7 (x-a + z-b = 1.3, y-a + x-b = 1.3, ...).
        var json = Assign(",a,b\nz,0.3,0.8\nx,0.5,0.4\ny,0.9,0.1\n").Json;

        Assert.Equal([("y", "a", 0.9), ("z", "b", 0.8)], Pairs(json));
        Assert.Equal(1.7, json.GetProperty("totalScore").GetDouble(), 12);
        Assert.Equal(["x"], Strings(json, "unmatchedMentees"));
        Assert.Empty(Strings(json, "unmatchedMentors"));
    }

    [Fact]
    public void More_mentors_than_mentees_lists_the_unmatched_mentors_sorted()
    {
        var json = Assign(",zoe,bo,al,cy\nx,0.1,0.2,0.3,0.9\n").Json;

        Assert.Equal([("x", "cy", 0.9)], Pairs(json));
        Assert.Equal(["al", "bo", "zoe"], Strings(json, "unmatchedMentors"));
    }

    [Fact]
    public void Forbidden_cells_are_never_paired_and_more_pairs_beat_a_higher_total()
    {
        // x-a alone scores 0.9; the only two-pair option x-b + y-a scores 0.6, and most pairs come first.
        var json = Assign(",a,b\nx,0.9,0.1\ny,0.5,\n").Json;

        Assert.Equal([("x", "b", 0.1), ("y", "a", 0.5)], Pairs(json));
        Assert.Equal(0.6, json.GetProperty("totalScore").GetDouble(), 12);
    }

    [Fact]
    public void A_mentee_with_only_forbidden_cells_stays_unmatched()
    {
        var json = Assign(",a,b\nx,,\ny,0.2,0.3\n").Json;

        Assert.Equal([("y", "b", 0.3)], Pairs(json));
        Assert.Equal(["x"], Strings(json, "unmatchedMentees"));
        Assert.Equal(["a"], Strings(json, "unmatchedMentors"));
    }

    [Fact]
    public void Negative_scores_are_maximised_too()
    {
        // x-a + y-b = -1 + -10 = -11; x-b + y-a = -3 + -2 = -5.
        var json = Assign(",a,b\nx,-1,-3\ny,-2,-1e1\n").Json;

        Assert.Equal([("x", "b", -3), ("y", "a", -2)], Pairs(json));
        Assert.Equal(-5, json.GetProperty("totalScore").GetDouble(), 12);
    }

    [Fact]
    public void Quoted_cells_bom_and_exponents_are_read()
    {
        var json = Assign("\uFEFF\"\",\"Lee, Ana\",bo\r\n\"exec \"\"1\"\"\",2.5E-1,\" 1e-1 \"\r\n\r\n").Json;

        Assert.Equal([("exec \"1\"", "Lee, Ana", 0.25)], Pairs(json));
        Assert.Equal(["bo"], Strings(json, "unmatchedMentors"));
    }

    [Fact]
    public void No_allowed_cells_gives_an_empty_pairing()
    {
        var json = Assign(",a\nx,\n").Json;

        Assert.Equal("Optimal", json.GetProperty("status").GetString());
        Assert.Equal(0, json.GetProperty("pairCount").GetInt32());
        Assert.Equal(0, json.GetProperty("totalScore").GetDouble());
        Assert.Equal(["x"], Strings(json, "unmatchedMentees"));
        Assert.Equal(["a"], Strings(json, "unmatchedMentors"));
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("exec-only\n", 1, 2)]
    [InlineData(",a,a\nx,1,2\n", 1, 3)]
    [InlineData(",a,\nx,1,2\n", 1, 3)]
    [InlineData(",a,b\nx,1,2\nx,2,1\n", 3, 1)]
    [InlineData(",a,b\n,1,2\n", 2, 1)]
    [InlineData(",a,b\nx,1\n", 2, 3)]
    [InlineData(",a,b\nx,1,2,3\n", 2, 4)]
    [InlineData(",a,b\nx,1,NaN\n", 2, 3)]
    [InlineData(",a,b\nx,Infinity,1\n", 2, 2)]
    [InlineData(",a,b\nx,1e308,\ny,,1e308\n", 2, 2)]
    [InlineData(",a,b\nx,high,1\n", 2, 2)]
    [InlineData(",a,b\nx,\"0,5\",1\n", 2, 2)]
    [InlineData(",a,b\nx,0.5,1\ny,0.5,\"1\n", 3, 3)]
    public void Bad_files_exit_2_with_line_and_column_on_stderr_and_nothing_on_stdout(string csv, int line, int column)
    {
        var path = _dir.Write("bad.csv", csv);

        var (exit, stdout, stderr) = CliRunner.Run("assign", "--scores", path);

        Assert.Equal(CliApp.BadInput, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith($"{path}:{line}:{column}: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.DoesNotContain(" at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_naming_the_file()
    {
        var path = _dir.File("missing.csv");

        var (exit, stdout, stderr) = CliRunner.Run("assign", "--scores", path);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal($"{path}: file not found.", stderr.TrimEnd());
    }

    [Fact]
    public void A_directory_instead_of_a_file_exits_2()
    {
        var (exit, stdout, stderr) = CliRunner.Run("assign", "--scores", _dir.Path);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith(_dir.Path, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_exits_2()
    {
        var path = _dir.File("latin1.csv");
        File.WriteAllBytes(path, [.. ",caf"u8, 0xE9, .. "\nx,1\n"u8]);

        var (exit, stdout, stderr) = CliRunner.Run("assign", "--scores", path);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("not valid UTF-8", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[] { "assign" }, "--scores")]
    [InlineData(new string[] { "assign", "--scores" }, "--scores")]
    [InlineData(new string[] { "assign", "--scores", "a.csv", "--bogus" }, "--bogus")]
    [InlineData(new string[] { "assing" }, "assing")]
    [InlineData(new string[0], "command")]
    public void Bad_or_missing_options_exit_2_with_nothing_on_stdout(string[] args, string mentioned)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains(mentioned, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_describes_the_verb()
    {
        var (exit, stdout, stderr) = CliRunner.Run("assign", "--help");

        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.Contains("--scores", stdout, StringComparison.Ordinal);
        Assert.Contains("score matrix", stdout, StringComparison.Ordinal);
    }
}
