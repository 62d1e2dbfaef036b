using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>Runs the built <c>rmatch</c> as a real process, where native output to standard error would show.</summary>
public sealed class ReportProcessTests
{
    [Fact]
    public void The_sample_run_with_out_writes_the_four_files_with_nothing_on_standard_error()
    {
        using var dir = new TempDirectory();
        var outDir = dir.File("out");
        var (exit, stdout, stderr) = CliRunner.RunProcess("match", "--sample", "--out", outDir);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("status Optimal", stdout, StringComparison.Ordinal);
        Assert.Equal(
            ["pairs.csv", "report.html", "report.md", "result.json"],
            Directory.EnumerateFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
