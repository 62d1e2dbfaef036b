using System.CommandLine;
using System.Globalization;
using System.Text;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>rmatch match --participants FILE [--json FILE]</c> or <c>rmatch match --sample</c>: run the matching engine
/// with its default rules, scorer and solver, print a table, optionally write the result as JSON.
/// </summary>
internal static class MatchCommand
{
    /// <summary>The logical name of the embedded sample cohort.</summary>
    public const string SampleResource = "sample-cohort.csv";

    public static Command Create(TextWriter stdout, TextWriter stderr, bool ansi)
    {
        var participants = new Option<string>("--participants")
        {
            Description = "Participant CSV: columns id, role (required), name, department, manager_id, level, location, utc_offset, languages (';'-separated), capacity, skill:<Area>, goal:<Area> (or an HR export mapped with --column / --config); or a .json file.",
            HelpName = "FILE",
        };
        var sample = new Option<bool>("--sample")
        {
            Description = "Use the built-in sample cohort (12 junior mentors, 12 executive mentees) instead of a file.",
        };
        var json = new Option<string>("--json")
        {
            Description = "Also write the result as JSON to FILE (written whole or not at all); '--json -' prints the JSON on standard output instead of the table.",
            HelpName = "FILE|-",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print nothing on success (no table, no progress); errors still go to standard error and the exit code tells. --json FILE is still written.",
        };
        var command = new Command(
            "match",
            HelpText.Match)
        {
            participants,
            sample,
            json,
            quiet,
        };
        var input = new ParticipantInput();
        input.AddTo(command);
        command.Validators.Add(result =>
        {
            var hasFile = result.GetResult(participants) is not null;
            var hasSample = result.GetValue(sample);
            if (hasFile == hasSample)
            {
                result.AddError(hasFile
                    ? "Give either --participants FILE or --sample, not both."
                    : "Give --participants FILE or --sample.");
            }
        });
        command.SetAction(parsed => CliApp.Guard(stderr, () =>
        {
            var config = input.Load(parsed);
            var mode = MatchOutputMode.Resolve(
                parsed.GetValue(json), parsed.GetValue(quiet), ansi && MatchOutputMode.IsInteractiveTerminal(stdout, stderr));
            var (people, pairing) = MatchProgress.Run(mode.Progress, stderr, progress =>
            {
                var fromSample = parsed.GetValue(sample);
                progress.Reading(fromSample ? "the sample cohort" : parsed.GetRequiredValue(participants));
                var people = fromSample ? ReadSample() : ParticipantInput.Read(parsed.GetRequiredValue(participants), config.Columns);
                return (people, new MatchingEngine(config.ToOptions()).Match(people, progress));
            });
            if (mode.JsonFile is { } jsonPath)
            {
                AtomicFile.WriteAllText(jsonPath, CliJson.Serialize(ToOutput(pairing), indented: true) + "\n");
            }

            if (mode.JsonToStdout)
            {
                stdout.WriteLine(CliJson.Serialize(ToOutput(pairing), indented: true));
            }
            else if (mode.Table)
            {
                Render(pairing, people, stdout, ansi);
            }

            return CliApp.Success;
        }));
        return command;
    }

    internal static IReadOnlyList<Participant> ReadSample()
    {
        using var stream = typeof(MatchCommand).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException($"The embedded resource {SampleResource} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return ParticipantCsv.Read(reader, SampleResource);
    }

    internal static MatchOutput ToOutput(Pairing pairing) =>
        new(
            pairing.Status.ToString(),
            pairing.Pairs.Count,
            pairing.TotalScore,
            pairing.MeanScore,
            pairing.MinimumScore,
            pairing.SolverName,
            [.. pairing.Pairs.Select(p => new MatchPair(p.MenteeId, p.MentorId, p.Score, Breakdown(p)))],
            [.. pairing.UnmatchedMentees.Select(u => u.Id).Order(StringComparer.Ordinal)],
            [.. pairing.UnmatchedMentors.Select(u => u.Id).Order(StringComparer.Ordinal)],
            [.. pairing.UnmatchedMentees.Concat(pairing.UnmatchedMentors).Select(ToEntry)]);

    private static Dictionary<string, double> Breakdown(MatchedPair pair)
    {
        var breakdown = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var component in pair.Breakdown)
        {
            breakdown[component.Name] = component.Value;
        }

        return breakdown;
    }

    private static UnmatchedEntry ToEntry(UnmatchedParticipant u) =>
        new(
            u.Id,
            u.Role == ParticipantRole.Mentee ? "mentee" : "mentor",
            u.Reason,
            u.AllowedCandidates,
            u.Exclusions.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));

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
            .Title("Pairs")
            .AddColumn("Mentor")
            .AddColumn("Mentee")
            .AddColumn(new TableColumn("Score").RightAligned())
            .AddColumn("Breakdown");
        foreach (var pair in pairing.Pairs)
        {
            table.AddRow(
                new IRenderable[]
                {
                    new Text(Label(pair.MentorId)),
                    new Text(Label(pair.MenteeId)),
                    new Text(Number(pair.Score)),
                    new Text(string.Join(" + ", pair.Breakdown.Select(c => $"{c.Name} {Number(c.Value)}"))),
                });
        }

        console.Write(table);
        console.WriteLine();
        var unmatched = pairing.UnmatchedMentees.Concat(pairing.UnmatchedMentors).ToArray();
        if (unmatched.Length == 0)
        {
            console.WriteLine("Unmatched: none.");
        }
        else
        {
            console.WriteLine("Unmatched:");
            foreach (var u in unmatched)
            {
                var role = u.Role == ParticipantRole.Mentee ? "mentee" : "mentor";
                console.Write(new Text($"  {role} {Label(u.Id)}: {u.Reason}"));
                console.WriteLine();
            }
        }

        console.WriteLine();
        console.Write(new Text(string.Create(
            CultureInfo.InvariantCulture,
            $"{pairing.Pairs.Count} pairs, total {Number(pairing.TotalScore)}, mean {Number(pairing.MeanScore)}, min {Number(pairing.MinimumScore)}, status {pairing.Status}, solver {pairing.SolverName}, elapsed {pairing.Elapsed.TotalMilliseconds:0.#} ms")));
        console.WriteLine();
    }

    private static string Number(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
