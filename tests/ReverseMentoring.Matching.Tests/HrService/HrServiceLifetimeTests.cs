using System.Diagnostics;
using Xunit;

namespace ReverseMentoring.Matching.Tests.HrService;

public sealed class HrServiceLifetimeTests
{
    [Fact]
    public async Task Disposing_the_fixture_kills_the_server_process()
    {
        using var server = new HrServiceProcess();
        int pid;
        try
        {
            await server.InitializeAsync();
            pid = server.ProcessId;
            Assert.True(IsRunning(pid));
        }
        finally
        {
            await server.DisposeAsync();
        }

        Assert.False(IsRunning(pid), $"HrService (pid {pid}) still runs after dispose");
    }

    [Fact]
    public async Task A_non_loopback_url_is_refused_at_start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(HrServiceProcess.DllPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HrServiceProcess.DllPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://0.0.0.0:0");

        using var process = Process.Start(start)!;
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(deadline.Token);
            var (output, errors) = (await stdout, await stderr);
            Assert.Equal(2, process.ExitCode);
            Assert.DoesNotContain(" at ", errors, StringComparison.Ordinal);
            Assert.Contains("listens on loopback only", errors + output, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening on", output, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
    }
}
