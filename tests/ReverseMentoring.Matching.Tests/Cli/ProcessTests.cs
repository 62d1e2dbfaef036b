using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>
/// Runs the built <c>rmatch</c> as a real process: only that shows what native code (OR-Tools) writes to the
/// process's own standard error, which in-process tests cannot capture.
/// </summary>
public sealed class ProcessTests
{
    [Fact]
    public void The_sample_run_succeeds_with_nothing_on_standard_error()
    {
        var (exit, stdout, stderr) = CliRunner.RunProcess("match", "--sample");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("status Optimal", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_score_file_exits_2_with_a_located_message_and_no_stack_trace()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("scores.csv", ",ana,bo\nexec-1,0.9,abc\n");

        var (exit, stdout, stderr) = CliRunner.RunProcess("assign", "--scores", file);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("scores.csv:2:3:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", stderr, StringComparison.Ordinal);
    }
}
