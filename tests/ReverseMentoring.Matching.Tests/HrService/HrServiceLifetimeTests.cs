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
