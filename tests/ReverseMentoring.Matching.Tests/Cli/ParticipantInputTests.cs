using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>The participant options <c>match</c>, <c>report</c> and <c>validate</c> share.</summary>
public sealed class ParticipantInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("match")]
    [InlineData("report")]
    public void Neither_a_file_nor_the_sample_exits_2(string verb)
    {
        var (exit, stdout, stderr) = CliRunner.Run(verb, "--out", _dir.File("out.html"));

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("Give --participants FILE or --sample.", stderr, StringComparison.Ordinal);
        Assert.Empty(_dir.FileNames());
    }

    [Theory]
    [InlineData("match")]
    [InlineData("report")]
    public void Both_a_file_and_the_sample_exit_2(string verb)
    {
        var people = _dir.Write("people.csv", "id,role\na,mentor\nb,mentee\n");

        var (exit, stdout, stderr) = CliRunner.Run(verb, "--participants", people, "--sample", "--out", _dir.File("out.html"));

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("Give either --participants FILE or --sample, not both.", stderr, StringComparison.Ordinal);
        Assert.Equal(["people.csv"], _dir.FileNames());
    }

    [Theory]
    [InlineData("match")]
    [InlineData("report")]
    public void Help_lists_the_same_participant_options(string verb)
    {
        var help = CliRunner.Run(verb, "--help").Stdout;

        foreach (var option in (string[])["--participants", "--sample", "--config", "--column", "HR export mapped with --column"])
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_needs_a_file_and_has_no_sample()
    {
        Assert.Contains("--participants", CliRunner.Run("validate").Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("--sample", CliRunner.Run("validate", "--help").Stdout, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("validate", "--sample").Exit);
    }

    [Fact]
    public void Validate_reads_the_file_given()
    {
        var people = _dir.Write("people.csv", "id,role\na,mentor\nb,mentee\n");

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", people);

        // No skill columns: a warning on stderr, not an error.
        Assert.Equal((0, true), (exit, stderr.StartsWith("rmatch: warning: ", StringComparison.Ordinal)));
        Assert.Contains("no problems; 2 participants (1 mentor, 1 mentee)", stdout, StringComparison.Ordinal);
    }
}
