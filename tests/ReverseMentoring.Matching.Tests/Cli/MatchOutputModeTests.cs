using System.Text.Json;
using ReverseMentoring.Matching.Cli;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class MatchOutputModeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Quiet_prints_nothing_on_success()
    {
        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--quiet");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public void Quiet_still_writes_the_json_file_and_still_reports_errors()
    {
        var json = _dir.File("out.json");
        var (exit, stdout, _) = CliRunner.Run("match", "--sample", "-q", "--json", json);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("Optimal", JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("status").GetString());

        var bad = _dir.Write("bad.csv", "id,role\na,boss\n");
        var failed = CliRunner.Run("match", "--participants", bad, "--quiet");
        Assert.Equal(2, failed.Exit);
        Assert.Equal(string.Empty, failed.Stdout);
        Assert.Contains("bad.csv:2:2:", failed.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_dash_prints_the_same_json_as_the_file_instead_of_the_table()
    {
        var file = _dir.File("out.json");
        Assert.Equal(0, CliRunner.Run("match", "--sample", "--json", file).Exit);

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--json", "-");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.DoesNotContain("| Mentor", stdout, StringComparison.Ordinal);
        var printed = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(11, printed.GetProperty("pairCount").GetInt32());
        Assert.Equal(Normalized(File.ReadAllText(file)), Normalized(stdout));
        Assert.False(File.Exists(_dir.File("-")));
        Assert.False(File.Exists("-"));
    }

    [Fact]
    public void Json_dash_is_printed_even_when_quiet()
    {
        var (exit, stdout, _) = CliRunner.Run("match", "--sample", "--json", "-", "--quiet");

        Assert.Equal(0, exit);
        Assert.Equal("Optimal", JsonDocument.Parse(stdout).RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(null, false, true, true, false, null, true)]
    [InlineData(null, true, true, false, false, null, false)]
    [InlineData("-", false, true, false, true, null, true)]
    [InlineData("-", true, false, false, true, null, false)]
    [InlineData("r.json", false, false, true, false, "r.json", false)]
    [InlineData("r.json", true, true, false, false, "r.json", false)]
    public void The_mode_follows_the_options_and_the_terminal(
        string? json, bool quiet, bool terminal, bool table, bool jsonToStdout, string? jsonFile, bool progress)
    {
        Assert.Equal(new MatchOutputMode(table, jsonToStdout, jsonFile, progress), MatchOutputMode.Resolve(json, quiet, terminal));
    }

    [Fact]
    public void Captured_writers_are_never_an_interactive_terminal()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        Assert.False(MatchOutputMode.IsInteractiveTerminal(stdout, stderr));
    }

    [Theory]
    [InlineData("match", "--json -")]
    [InlineData("assign", "rmatch assign --scores scores.csv")]
    [InlineData("generate", "rmatch generate --mentors 120")]
    public void Each_verb_help_ends_with_examples(string verb, string example)
    {
        var (exit, stdout, _) = CliRunner.Run(verb, "--help");

        Assert.Equal(0, exit);
        var examples = stdout.IndexOf("Examples:", StringComparison.Ordinal);
        Assert.True(examples > stdout.IndexOf("Options:", StringComparison.Ordinal), stdout);
        Assert.Contains(example, stdout[examples..], StringComparison.Ordinal);
    }

    [Fact]
    public void Root_help_lists_every_verb_once_and_its_own_examples()
    {
        var (exit, stdout, _) = CliRunner.Run("--help");

        Assert.Equal(0, exit);
        Assert.Equal(1, stdout.Split("Examples:").Length - 1);
        Assert.Contains("  generate  ", stdout, StringComparison.Ordinal);
        Assert.Contains("rmatch generate --mentors 120 --mentees 100 --out demo", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("match", "--sample")]
    [InlineData("match", "--sample", "--json", "-")]
    [InlineData("match", "--participants", "missing.csv")]
    [InlineData("--help")]
    public void Piped_output_has_no_ansi_escapes_or_progress(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.RunProcess(args);

        Assert.True(exit is 0 or 2, stderr);
        Assert.NotEqual(string.Empty, stdout + stderr);
        Assert.DoesNotContain('\u001b', stdout);
        Assert.DoesNotContain('\u001b', stderr);
        Assert.DoesNotContain("Scoring the allowed pairs", stdout + stderr, StringComparison.Ordinal);
    }

    /// <summary>The same JSON whatever the line ending at the end.</summary>
    private static string Normalized(string json) => JsonDocument.Parse(json).RootElement.GetRawText();

}
