using System.Diagnostics;
using ReverseMentoring.Matching.Cli;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>Runs <c>rmatch</c> in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs the built <c>rmatch</c> as a real process: only that shows what native code (OR-Tools) writes to the
    /// process's own standard error, and how the tool behaves with redirected output. TERM claims a colour terminal,
    /// so a test also shows that redirected output stays plain anyway.
    /// </summary>
    public static (int Exit, string Stdout, string Stderr) RunProcess(params string[] args) => RunProcessIn(null, args);

    /// <summary>As <see cref="RunProcess"/>, in <paramref name="workingDirectory"/> (the current one when null), so relative paths resolve there.</summary>
    public static (int Exit, string Stdout, string Stderr) RunProcessIn(string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rmatch.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("rmatch did not finish within 2 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A fresh directory per test, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rmatch-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text)
    {
        var file = File(name);
        System.IO.File.WriteAllText(file, text);
        return file;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string[] FileNames() =>
        [.. Directory.EnumerateFileSystemEntries(Path).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
