using System.Diagnostics;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>Runs the built <c>rmatch</c> as a real process, where native output to standard error would show.</summary>
public sealed class ReportProcessTests
{
    [Fact]
    public async Task The_sample_run_with_out_writes_the_four_files_with_nothing_on_standard_error()
    {
        using var dir = new TempDirectory();
        var outDir = dir.File("out");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "rmatch.dll"), "match", "--sample", "--out", outDir })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, await stderr);
        Assert.Contains("status Optimal", await stdout, StringComparison.Ordinal);
        Assert.Equal(
            ["pairs.csv", "report.html", "report.md", "result.json"],
            Directory.EnumerateFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
