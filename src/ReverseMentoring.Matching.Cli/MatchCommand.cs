using System.CommandLine;
using System.Globalization;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Reporting;
using ReverseMentoring.Matching.Solving;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>rmatch match --participants FILE|--sample [--config FILE] [--column field=Header] [--solver NAME [--proposers mentees|mentors] [--price-of-stability]] [--json FILE|-] [--out DIR] [--force] [--quiet]</c>:
/// run the matching engine with the config's options (the defaults without one), print a table, and write the result
/// files (JSON, and with <c>--out</c> the pairs CSV and the reports) as one all-or-nothing set.
/// </summary>
internal static class MatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool ansi)
    {
        var json = new Option<string>("--json")
        {
            Description = "Also write the result as JSON to FILE (written whole or not at all); '--json -' prints the JSON on standard output instead of the table.",
            HelpName = "FILE|-",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print nothing on success (no table, no progress); errors still go to standard error and the exit code tells. --json FILE is still written.",
        };
        var output = new Option<string>("--out")
        {
            Description = "Also write pairs.csv, result.json, report.md and report.html into DIR (created if missing; all written or none, together with --json FILE).",
            HelpName = "DIR",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace existing output files (--json FILE, the files of --out DIR); without it an existing file is never overwritten. Inputs are never overwritten.",
        };
        var command = new Command("match", HelpText.Match);
        var input = ParticipantInput.FileOrSample();
        input.AddTo(command);
        var solver = new SolverChoice();
        solver.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(quiet);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parsed => CliApp.Guard(stderr, () =>
        {
            var language = CliText.Culture;
            var config = solver.Apply(parsed, input.Load(parsed));
            var mode = MatchOutputMode.Resolve(
                parsed.GetValue(json), parsed.GetValue(quiet), ansi && MatchOutputMode.IsInteractiveTerminal(stdout, stderr));

            // --json FILE and --out DIR are one set of outputs: all written, or none. The writers read the result
            // only at commit, so the set is checked (inputs, existing files) before the run.
            IReadOnlyList<Participant> people = [];
            Pairing? pairing = null;
            var files = new AtomicFileSet { ReplaceExisting = parsed.GetValue(force) };
            InputFiles.Protect(files, input, parsed);
            if (mode.JsonFile is { } jsonPath)
            {
                files.Add(jsonPath, w => ReportFiles.WriteJson(pairing!, w));
            }

            var outDirectory = parsed.GetValue(output);
            if (outDirectory is not null)
            {
                ReportFiles.AddTo(files, outDirectory, () => (people, pairing!), language);
            }

            files.Check();
            (var read, pairing) = MatchProgress.Run(mode.Progress, stderr, progress =>
            {
                progress.Reading(input.SourceName(parsed));
                var result = input.ReadParticipants(parsed, config.Columns);
                return (result, CliApp.Locating(config, () => new MatchingEngine(config.ToOptions()).Match(result.Participants, progress)));
            });
            people = read.Participants;
            files.Commit();
            if (!parsed.GetValue(quiet))
            {
                ParticipantInput.WriteNotes(read, stderr);
            }

            if (mode.JsonToStdout)
            {
                stdout.WriteLine(PairingJson.Serialize(pairing));
            }
            else if (mode.Table)
            {
                Render(pairing, people, stdout, ansi);
            }

            // Where the files went: after the table on standard output, but never inside '--json -' output.
            if (outDirectory is not null && !parsed.GetValue(quiet))
            {
                (mode.JsonToStdout ? stderr : stdout).WriteLine(ReportFiles.WroteLine(outDirectory));
            }

            return CliApp.Success;
        }));
        return command;
    }

    private static void Render(Pairing pairing, IReadOnlyList<Participant> people, TextWriter stdout, bool ansi)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(stdout),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = ansi },
        });
        if (!ansi)
        {
            console.Profile.Width = 200;
        }

        var names = people.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        string Label(string id) => names.TryGetValue(id, out var name) && name != id ? $"{name} ({id})" : id;

        var table = new Table()
            .Border(ansi ? TableBorder.Rounded : TableBorder.Ascii)
            .Title(CliText.Get("TablePairs"))
            .AddColumn(CliText.Get("ColumnMentor"))
            .AddColumn(CliText.Get("ColumnMentee"))
            .AddColumn(new TableColumn(CliText.Get("ColumnScore")).RightAligned())
            .AddColumn(CliText.Get("ColumnBreakdown"));
        foreach (var pair in pairing.Pairs)
        {
            table.AddRow(
                new IRenderable[]
                {
                    new Text(Label(pair.MentorId)),
                    new Text(Label(pair.MenteeId)),
                    new Text(Number(pair.Score)),
                    new Text(string.Join(" + ", pair.Breakdown.Select(c => $"{PairingReport.ComponentName(c.Name, CliText.Culture)} {Number(c.Value)}"))),
                });
        }

        console.Write(table);
        console.WriteLine();
        var unmatched = pairing.UnmatchedMentees.Concat(pairing.UnmatchedMentors).ToArray();
        if (unmatched.Length == 0)
        {
            console.WriteLine(CliText.Get("UnmatchedNone"));
        }
        else
        {
            console.WriteLine(CliText.Get("UnmatchedHeader"));
            foreach (var u in unmatched)
            {
                console.Write(new Text($"  {RoleText.Of(u.Role)} {Label(u.Id)}: {u.ReasonIn(CliText.Culture)}"));
                console.WriteLine();
            }
        }

        console.WriteLine();
        console.Write(new Text(CliText.Format(
            "MatchSummary",
            CliText.Pairs(pairing.Pairs.Count),
            Number(pairing.TotalScore),
            Number(pairing.MeanScore),
            Number(pairing.MinimumScore),
            Status(pairing.Status),
            pairing.SolverName,
            pairing.Elapsed.TotalMilliseconds.ToString("0.#", CultureInfo.InvariantCulture))));
        console.Write(new Text(Stability(pairing.Stability)));
        console.WriteLine();
    }

    /// <summary>The end of the summary line for a stable run (empty for other solvers), with the price when computed.</summary>
    private static string Stability(StabilityReport? report) => report is null ? string.Empty
        : (report.IsStable ? CliText.Get("SummaryStable") : CliText.Format("SummaryNotStable", report.BlockingPairCount))
            + (report.PriceOfStability is { } price ? CliText.Format("SummaryPriceOfStability", Number(price)) : string.Empty);

    /// <summary>Feasible only ever means a time limit stopped CP-SAT: say so, and that the pairing is not proven best.</summary>
    private static string Status(SolverStatus status) =>
        status == SolverStatus.Feasible ? CliText.Get("StatusFeasibleTimeLimit") : RoleText.Status(status);

    private static string Number(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
