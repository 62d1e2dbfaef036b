using System.CommandLine;
using System.Globalization;
using System.Text;
using ReverseMentoring.Matching.Configuration;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// The options the verbs that read HR data share (<c>match</c>, <c>report</c> and <c>validate</c>): where the
/// participants come from (<c>--participants FILE</c>, or <c>--sample</c> where the verb allows it),
/// <c>--config FILE</c>, repeatable <c>--column field=Header</c>, which overrides the config's column mapping one
/// field at a time, repeatable <c>--role-rule</c>, which replaces the config's role rules, and
/// <c>--ignore-other-columns</c> and <c>--max-participants</c>.
/// </summary>
internal sealed class ParticipantInput
{
    /// <summary>The logical name of the embedded sample cohort.</summary>
    public const string SampleResource = "sample-cohort.csv";

    /// <summary>The options of a verb that runs on a file or on the built-in sample (exactly one of them).</summary>
    public static ParticipantInput FileOrSample() => new(allowSample: true);

    /// <summary>The options of a verb that needs a file (<c>--participants</c> required, no <c>--sample</c>).</summary>
    public static ParticipantInput FileOnly() => new(allowSample: false);

    private ParticipantInput(bool allowSample)
    {
        Participants = new Option<string>("--participants")
        {
            Description = "Participant CSV: columns id, role (required), name, department, manager_id, seniority, location, utc_offset, languages (';'-separated), capacity, skill:<Area>, goal:<Area> (or an HR export mapped with --column / --config); or a .json file.",
            HelpName = "FILE",
            Required = !allowSample,
        };
        Sample = allowSample
            ? new Option<bool>("--sample")
            {
                Description = "Use the built-in sample cohort (12 junior mentors, 12 executive mentees) instead of a file.",
            }
            : null;
    }

    public Option<string> Participants { get; }

    /// <summary><c>--sample</c>, or null for a verb that needs a file.</summary>
    public Option<bool>? Sample { get; }

    public Option<string> Config { get; } = new("--config")
    {
        Description = "Run config (JSON with comments): weights, rules, objective, priority, minimum score, pinned pairs, column mapping. 'rmatch init' writes a starter.",
        HelpName = "FILE",
    };

    public Option<string[]> Columns { get; } = new("--column")
    {
        Description = "Map a field to the export's header, e.g. --column id=\"Employee ID\" or --column skill=\"Skill - {area}\". Repeatable; overrides the config.",
        HelpName = "field=Header",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> RoleRules { get; } = new("--role-rule")
    {
        Description = "Derive the role from a number: mentor:JobLevel<=1, mentee:JobLevel>=4, exclude:JobLevel=3 or =2..3 (bounds inclusive). "
            + "Repeatable; replaces the config's roleRules. Rows matching no rule, or an exclude rule, are left out and counted.",
        HelpName = "role:Column<=N",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> IgnoreOtherColumns { get; } = new("--ignore-other-columns")
    {
        Description = "Skip columns that map to no field (an HR export's email, hire date, ...) instead of reporting them as unknown.",
    };

    public Option<int?> MaxParticipants { get; } = new("--max-participants")
    {
        Description = "The most participants the file may hold (rows in a role, or JSON objects); default 200,000. A larger file is refused at the row where it passes the limit.",
        HelpName = "N",
    };

    /// <summary>Adds the options to <paramref name="command"/>, with the check that exactly one source is given.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Participants);
        if (Sample is { } sample)
        {
            command.Options.Add(sample);
            command.Validators.Add(result =>
            {
                var hasFile = result.GetResult(Participants) is not null;
                if (hasFile == result.GetValue(sample))
                {
                    result.AddError(hasFile
                        ? CliText.Get("GiveFileOrSampleNotBoth")
                        : CliText.Get("GiveFileOrSample"));
                }
            });
        }

        command.Options.Add(Config);
        command.Options.Add(Columns);
        command.Options.Add(RoleRules);
        command.Options.Add(IgnoreOtherColumns);
        command.Options.Add(MaxParticipants);
        command.Validators.Add(result =>
        {
            if (result.GetValue(MaxParticipants) is < 1 and var max)
            {
                result.AddError(CliText.Format("MaxParticipantsTooSmall", max));
            }
        });
    }

    /// <summary>The read limits: the library's defaults, with <c>--max-participants</c> when given.</summary>
    public ParticipantReadLimits Limits(ParseResult parsed) =>
        parsed.GetValue(MaxParticipants) is { } max
            ? ParticipantReadLimits.Default with { MaxParticipants = max }
            : ParticipantReadLimits.Default;

    /// <summary>Whether the run uses the built-in sample cohort.</summary>
    public bool UsesSample(ParseResult parsed) => Sample is { } sample && parsed.GetValue(sample);

    /// <summary>What the participants are read from, for progress messages.</summary>
    public string SourceName(ParseResult parsed) =>
        UsesSample(parsed) ? CliText.Get("SampleCohort") : parsed.GetRequiredValue(Participants);

    /// <summary>The participants: the built-in sample, or the file read with <paramref name="mapping"/>.</summary>
    /// <exception cref="CliInputException">The file cannot be read.</exception>
    /// <exception cref="MatchingInputException">The file does not fit its format or breaks a rule of the model.</exception>
    public ParticipantReadResult ReadParticipants(ParseResult parsed, ColumnMapping mapping) =>
        UsesSample(parsed) ? ReadSampleDetailed() : Read(parsed.GetRequiredValue(Participants), mapping, Limits(parsed));

    /// <summary>Writes one line per note of a read (rows left out, warnings) to <paramref name="stderr"/>: not errors.</summary>
    public static void WriteNotes(ParticipantReadResult read, TextWriter stderr)
    {
        if (read.LeftOutRows > 0)
        {
            stderr.WriteLine(CliText.Format("LeftOutNote", LeftOut(read.LeftOutRows)));
        }

        WriteWarnings(read, stderr);
    }

    /// <summary>Writes one line per warning of a read to <paramref name="stderr"/> (validate tells the rows left out itself).</summary>
    public static void WriteWarnings(ParticipantReadResult read, TextWriter stderr)
    {
        foreach (var warning in read.Warnings)
        {
            stderr.WriteLine(CliText.Format("Warning", warning));
        }
    }

    /// <summary>"752 rows are in neither role and were left out".</summary>
    public static string LeftOut(int rows) => CliText.Count(rows, "LeftOutOne", "LeftOutOther");

    /// <summary>The config (the default when none is given) with the <c>--column</c> overrides applied to its mapping.</summary>
    /// <exception cref="CliInputException">The config file cannot be read or a <c>--column</c> is malformed.</exception>
    /// <exception cref="MatchingInputException">The config is not valid.</exception>
    public MatchingConfig Load(ParseResult parsed)
    {
        var config = parsed.GetValue(Config) is { } path
            ? CliApp.ReadFile(path, (reader, source) => MatchingConfig.Load(reader, source, Path.GetDirectoryName(Path.GetFullPath(path))))
            : MatchingConfig.Default;
        var mapping = config.Columns;
        foreach (var column in parsed.GetValue(Columns) ?? [])
        {
            var split = column.IndexOf('=', StringComparison.Ordinal);
            if (split <= 0 || split == column.Length - 1)
            {
                throw new CliInputException(CliText.Format("ColumnNotFieldHeader", column));
            }

            try
            {
                mapping = mapping.WithColumn(column[..split], column[(split + 1)..]);
            }
            catch (MatchingInputException e)
            {
                throw new CliInputException($"rmatch: --column '{column}': {e.Message}", e);
            }
        }

        var rules = parsed.GetValue(RoleRules) ?? [];
        if (rules.Length > 0)
        {
            mapping = mapping with { RoleRules = [.. rules.Select(ParseRoleRule)] };
        }

        if (parsed.GetValue(IgnoreOtherColumns))
        {
            mapping = mapping with { IgnoreOtherColumns = true };
        }

        if (mapping.FindProblems() is { Count: > 0 } problems)
        {
            throw new CliInputException(CliText.Format("MappingInvalid", string.Join(" ", problems)));
        }

        return config with { Columns = mapping };
    }

    /// <summary>Reads a participant file, CSV or JSON by its extension.</summary>
    /// <exception cref="CliInputException">The file cannot be read, or it holds no participants.</exception>
    public static ParticipantReadResult Read(string path, ColumnMapping mapping, ParticipantReadLimits? limits = null)
    {
        var read = CliApp.ReadFile(path, (reader, source) => ParticipantFile.ReadDetailed(reader, source, ParticipantFile.FormatOf(path), mapping, limits));
        if (NoParticipants(path, read) is { } problem)
        {
            throw new CliInputException(problem);
        }

        return read;
    }

    /// <summary>
    /// The problem of a file that reads cleanly but holds no participant (a header only, an empty JSON array, or
    /// every row left out by the role rules), as <c>file:1:1: problem</c>; null when there is at least one.
    /// </summary>
    public static string? NoParticipants(string path, ParticipantReadResult read) =>
        read.Participants.Count > 0
            ? null
            : read.LeftOutRows > 0
                ? CliText.Format("NoParticipantsLeftOut", path, LeftOut(read.LeftOutRows))
                : CliText.Format("NoParticipantRows", path);

    private static RoleRule ParseRoleRule(string text)
    {
        try
        {
            return RoleRule.Parse(text);
        }
        catch (MatchingInputException e)
        {
            throw new CliInputException($"rmatch: --role-rule '{text}': {e.Message}", e);
        }
    }

    private static ParticipantReadResult ReadSampleDetailed()
    {
        using var stream = typeof(ParticipantInput).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException($"The embedded resource {SampleResource} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return ParticipantFile.ReadDetailed(reader, SampleResource, ParticipantFileFormat.Csv);
    }

    /// <summary>The built-in sample cohort (12 junior mentors, 12 executive mentees).</summary>
    internal static IReadOnlyList<Participant> ReadSample() => ReadSampleDetailed().Participants;
}
