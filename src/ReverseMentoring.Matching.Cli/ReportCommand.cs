using System.CommandLine;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Reporting;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>rmatch report --participants FILE --out FILE.html|FILE.md [--format md|html] [--config FILE] [--column field=Header]</c>:
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
        var command = new Command(
            "report",
            "Pair the participants as 'rmatch match' does and write an HR report: summary, score distribution, skill-gap coverage, department mix, every pair and the unmatched.");
        var input = ParticipantInput.FileOrSample();
        input.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(format);
        command.SetAction(parsed => CliApp.Guard(stderr, () =>
        {
            var path = parsed.GetRequiredValue(output);
            var html = IsHtml(path, parsed.GetValue(format));
            var config = input.Load(parsed);
            var read = input.ReadParticipants(parsed, config.Columns);
            var people = read.Participants;
            var pairing = new MatchingEngine(config.ToOptions()).Match(people);
            var report = PairingReport.Create(people, pairing);
            using var text = new StringWriter();
            if (html)
            {
                report.WriteHtml(text);
            }
            else
            {
                report.WriteMarkdown(text);
            }

            AtomicFile.WriteAllText(path, text.ToString());
            ParticipantInput.WriteNotes(read, stderr);
            var pairs = pairing.Pairs.Count;
            stdout.WriteLine($"{path}: report written ({pairs} pair{(pairs == 1 ? string.Empty : "s")}, {pairing.UnmatchedMentees.Count + pairing.UnmatchedMentors.Count} unmatched).");
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
            _ => throw new CliInputException(
                $"rmatch: cannot tell the report format from '{path}'; name it .html or .md, or give --format html or --format md."),
        };
    }
}
