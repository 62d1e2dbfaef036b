using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace ReverseMentoring.Matching.Tests.HrService;

/// <summary>
/// The built <c>samples/HrService</c> running as a real process on a loopback port the OS picks (<c>--urls
/// http://127.0.0.1:0</c>; the port is read from Kestrel's "Now listening on" line, so no port can be taken between
/// choosing and binding). Start waits a bounded time for the service to answer <c>GET /health</c>; dispose (and a
/// failed start) kills the whole process tree.
/// </summary>
public sealed partial class HrServiceProcess : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;

    /// <summary>More command-line arguments for the service, for example <c>--Pairing:MaxRequestBodyBytes=1000</c>.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("not started");

    /// <summary>Everything the service wrote to standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The built sample, as the test project's build recorded it.</summary>
    public static string DllPath { get; } = typeof(HrServiceProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "HrServiceDll").Value!;

    public async Task InitializeAsync()
    {
        var dll = DllPath;
        Assert.True(File.Exists(dll), $"The HrService sample is not built at {dll}.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var argument in Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment.Remove("ASPNETCORE_HTTPS_PORTS");

        try
        {
            _process = new Process { StartInfo = start, EnableRaisingEvents = true };
            _process.OutputDataReceived += (_, e) => OnLine(e.Data);
            _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
            _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("HrService exited before it listened."));
            _process.Start();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            AppDomain.CurrentDomain.ProcessExit += KillOnTestHostExit;

            using var deadline = new CancellationTokenSource(StartTimeout);
            BaseAddress = await _listening.Task.WaitAsync(deadline.Token);
            Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilHealthyAsync(deadline.Token);
        }
        catch (Exception e)
        {
            Kill();
            throw new InvalidOperationException($"HrService did not start within {StartTimeout.TotalSeconds} s: {e.Message}\n{Output}", e);
        }
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        Kill();
        AppDomain.CurrentDomain.ProcessExit -= KillOnTestHostExit;
        _process?.Dispose();
        _process = null;
        return Task.CompletedTask;
    }

    public void Dispose() => DisposeAsync().GetAwaiter().GetResult();

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        // At most 40 probes, 250 ms apart; the start deadline bounds them too.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var response = await Client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (attempt < 40)
            {
            }

            if (attempt >= 40)
            {
                throw new TimeoutException("HrService did not answer GET /health.");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    private void KillOnTestHostExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
