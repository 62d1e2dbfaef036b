using System.CommandLine;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Reporting;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>rmatch report --participants FILE --out FILE.html|FILE.md [--format md|html] [--force] [--culture en|es] [--config FILE] [--column field=Header]</c>:
/// run the match as <c>rmatch match</c> does (same config and column mapping) and write only the report.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out")
        {
            Description = "The report file to write (whole or not at all); the format follows the extension: .html/.htm or .md/.markdown.",
            HelpName = "FILE",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "The report format, when the extension does not say: md or html.",
            HelpName = "md|html",
        };
        format.AcceptOnlyFromAmong("md", "html");
        var force = new Option<bool>("--force")
        {
            Description = "Replace the report file if it exists; without it an existing file is never overwritten. An input is never overwritten.",
        };
        var command = new Command("report", HelpText.Report);
        var input = ParticipantInput.FileOrSample();
        input.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(format);
        command.Options.Add(force);
        command.SetAction(parsed => CliApp.Guard(stderr, () =>
        {
            var path = parsed.GetRequiredValue(output);
            var language = CliText.Culture;
            var html = IsHtml(path, parsed.GetValue(format));
            var config = input.Load(parsed);
            PairingReport? report = null;
            var files = new AtomicFileSet { ReplaceExisting = parsed.GetValue(force) };
            InputFiles.Protect(files, input, parsed);
            files.Add(path, w =>
            {
                if (html)
                {
                    report!.WriteHtml(w, language);
                }
                else
                {
                    report!.WriteMarkdown(w, language);
                }
            });
            files.Check(); // before the run: a refused output costs no solve
            var read = input.ReadParticipants(parsed, config.Columns);
            var people = read.Participants;
            var pairing = CliApp.Locating(config, () => new MatchingEngine(config.ToOptions()).Match(people));
            report = PairingReport.Create(people, pairing);
            files.Commit();
            ParticipantInput.WriteNotes(read, stderr);
            stdout.WriteLine(CliText.Format(
                "ReportWritten", path, CliText.Pairs(pairing.Pairs.Count), pairing.UnmatchedMentees.Count + pairing.UnmatchedMentors.Count));
            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>The explicit format wins; otherwise the extension decides, checked before any work is done.</summary>
    private static bool IsHtml(string path, string? format)
    {
        if (format is not null)
        {
            return format == "html";
        }

        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".HTML" or ".HTM" => true,
            ".MD" or ".MARKDOWN" => false,
            _ => throw new CliInputException(CliText.Format("ReportFormatUnknown", path)),
        };
    }
}
