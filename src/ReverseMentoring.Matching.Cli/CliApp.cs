using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text;
using ReverseMentoring.Matching.Configuration;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// The <c>rmatch</c> command line, callable in-process: parse, run one verb, map every failure to an exit code.
/// </summary>
/// <remarks>
/// Exit codes: 0 success; 2 bad input (bad or missing options, missing or unreadable file, a file that does not fit
/// its format, a rule of the model broken), with a message on standard error and nothing on standard output;
/// 3 no pairing within the CP-SAT time limit (the input is valid; a longer limit may find one), likewise;
/// 1 an unexpected error, with a message on standard error.
/// </remarks>
internal static class CliApp
{
    public const int Success = 0;
    public const int UnexpectedError = 1;
    public const int BadInput = 2;
    public const int TimeLimitReached = 3;

    /// <summary>Runs the tool. Output goes to <paramref name="stdout"/>, messages to <paramref name="stderr"/>.</summary>
    /// <remarks>ANSI colours are used only when <paramref name="stdout"/> is the real console and it is not redirected.</remarks>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var ansi = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        try
        {
            var root = BuildCommand(stdout, stderr, ansi);
            var parsed = root.Parse(args);
            CultureInfo? culture;
            try
            {
                culture = ReportCulture.Get(parsed);
            }
            catch (CliInputException e)
            {
                // Before anything runs: nothing is written.
                stderr.WriteLine(e.Message);
                return BadInput;
            }

            using var language = CliText.Use(culture);
            if (culture is not null)
            {
                // Again in the language asked for: the validators' and the parser's messages are made while parsing.
                parsed = root.Parse(args);
            }

            if (parsed.Action is ParseErrorAction)
            {
                foreach (var error in parsed.Errors)
                {
                    stderr.WriteLine($"rmatch: {error.Message}");
                }

                stderr.WriteLine(CliText.Get("UsageHint"));
                return BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
#pragma warning disable CA1031 // The tool's last line of defence: report, never show a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine(CliText.Format("UnexpectedError", e.Message));
            return UnexpectedError;
        }
    }

    internal static RootCommand BuildCommand(TextWriter stdout, TextWriter stderr, bool ansi)
    {
        var root = new RootCommand(HelpText.Root);
        root.Options.Add(ReportCulture.Option);
        root.Subcommands.Add(AssignCommand.Create(stdout, stderr));
        root.Subcommands.Add(MatchCommand.Create(stdout, stderr, ansi));
        root.Subcommands.Add(InitCommand.Create(stdout, stderr));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(GenerateCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReportCommand.Create(stdout, stderr));
        root.Subcommands.Add(WhyNotCommand.Create(stdout, stderr));
        root.Subcommands.Add(RematchCommand.Create(stdout, stderr));
        root.Subcommands.Add(AlternativesCommand.Create(stdout, stderr));
        root.Subcommands.Add(CalibrateCommand.Create(stdout, stderr));
        root.Subcommands.Add(SensitivityCommand.Create(stdout, stderr));
        HelpText.AddExamples(root, stdout);
        return root;
    }

    /// <summary>Runs the engine; an error about a pinned pair of a config file becomes <c>file:line:column: problem</c> at its entry.</summary>
    internal static T Locating<T>(MatchingConfig config, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (MatchingInputException e) when (config.Locate(e) is { } located)
        {
            throw located;
        }
    }

    /// <summary>Runs a verb's work and turns every failure into a message and an exit code.</summary>
    /// <remarks>Anything the work wrote to standard output before failing is the work's own business: verbs write there last.</remarks>
    internal static int Guard(TextWriter stderr, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (FileFormatException e)
        {
            // Already file:line:column: problem, the form editors jump to.
            stderr.WriteLine(e.Message);
        }
        catch (MatchingInputException e)
        {
            stderr.WriteLine($"rmatch: {e.Message}");
        }
        catch (CliInputException e)
        {
            stderr.WriteLine(e.Message);
        }
        catch (TimeoutException e)
        {
            stderr.WriteLine(CliText.Format("TimeLimitHint", e.Message));
            return TimeLimitReached;
        }
#pragma warning disable CA1031 // The tool's last line of defence: report, never show a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine(CliText.Format("UnexpectedErrorOfType", e.GetType().Name, e.Message));
            return UnexpectedError;
        }

        return BadInput;
    }

    /// <summary>Reads a whole input file with <paramref name="read"/>, mapping file-system failures to <see cref="CliInputException"/>.</summary>
    internal static T ReadFile<T>(string path, Func<TextReader, string, T> read)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliInputException(CliText.Get("FileNameEmpty"));
        }

        if (Directory.Exists(path))
        {
            throw new CliInputException(CliText.Format("IsDirectoryInput", path));
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            ThrowIfUtf16WithoutByteOrderMark(stream, path);
            using var reader = new StreamReader(
                stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            return read(reader, path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliInputException(CliText.Format("FileNotFound", path), e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliInputException(CliText.Format("CannotRead", path, e.Message), e);
        }
        catch (DecoderFallbackException e)
        {
            throw new CliInputException(CliText.Format("NotUtf8", path), e);
        }
        catch (IOException e)
        {
            throw new CliInputException(CliText.Format("CannotRead", path, e.Message), e);
        }
    }

    /// <summary>How many bytes at the start of a text input are looked at for NUL bytes.</summary>
    private const int SniffLength = 4096;

    /// <summary>
    /// Refuses text with NUL bytes near its start and no UTF-16 or UTF-32 byte-order mark: UTF-16 saved without a
    /// mark (as some spreadsheet "Unicode text" exports are) passes as UTF-8 and would be read as text full of NULs.
    /// The stream is left at its start.
    /// </summary>
    private static void ThrowIfUtf16WithoutByteOrderMark(Stream stream, string path)
    {
        var buffer = new byte[SniffLength];
        var length = 0;
        int n;
        while (length < buffer.Length && (n = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += n;
        }

        stream.Position = 0;
        var start = buffer.AsSpan(0, length);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return;
        }

        if (start.Contains((byte)0))
        {
            throw new CliInputException(CliText.Format("NulBytes", path));
        }
    }
}
