using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Configuration;

/// <summary>
/// Everything one matching run needs, in one JSON file: scorer weights, rules, objective, priority, minimum score,
/// pinned pairs, capacities, side constraints, the solver and the column mapping of the participant file. Every property has a documented default, so an
/// empty object <c>{}</c> is the library's default run.
/// </summary>
/// <remarks>
/// <para>
/// The file's shape is published as <c>schemas/rmatch-config.schema.json</c>; <c>rmatch init</c> writes a commented
/// starter. Property names are camelCase and case-sensitive; an unknown property is an error naming it (a misspelt
/// option must not be silently ignored). Comments and trailing commas are allowed.
/// </para>
/// <para>
/// Immutable: build variants with <c>with</c>. <see cref="ToOptions"/> turns it into <see cref="MatchingOptions"/>.
/// </para>
/// </remarks>
public sealed record MatchingConfig
{
    private readonly IReadOnlyList<ParticipantPair> _pinnedPairs = [];

    /// <summary>The default run: <c>new MatchingConfig()</c>.</summary>
    public static MatchingConfig Default { get; } = new();

    /// <summary>Weights of the default composite scorer. Default skill gap 0.6, reciprocal 0.25, network reach 0.15.</summary>
    public CompositeScorerOptions Weights { get; init; } = new();

    /// <summary>Which rules apply. Default reporting line and seniority only.</summary>
    public RuleSettings Rules { get; init; } = new();

    /// <summary>What to optimise after pairing as many people as allowed. Default <see cref="PairingObjective.MaxTotal"/>.</summary>
    public PairingObjective Objective { get; init; } = PairingObjective.MaxTotal;

    /// <summary>Coverage or quality first. Default <see cref="PairingPriority.CoverageFirst"/>.</summary>
    public PairingPriority Priority { get; init; } = PairingPriority.CoverageFirst;

    /// <summary>Pairs scoring below this are never made. Default null: no floor.</summary>
    public double? MinimumScore { get; init; }

    /// <summary>Pairs that must be made. Default none.</summary>
    public IReadOnlyList<ParticipantPair> PinnedPairs
    {
        get => _pinnedPairs;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _pinnedPairs = value.ToArray().AsReadOnly();
        }
    }

    /// <summary>Partners every mentor takes, overriding the file's capacity column. Default null: each mentor's own.</summary>
    public int? MentorCapacity { get; init; }

    /// <summary>Partners every mentee takes, overriding the file's capacity column. Default null: each mentee's own.</summary>
    public int? MenteeCapacity { get; init; }

    /// <summary>Department quotas and load balance (solved with CP-SAT). Default null: none.</summary>
    public SideConstraintOptions? SideConstraints { get; init; }

    /// <summary>
    /// The solver by name (<c>automatic</c>, <c>assignment</c>, <c>flow</c>, <c>cp-sat</c>, <c>stable</c>). Default null:
    /// <see cref="PairingSolvers.Automatic"/>, or, where the run has a solver of its own (the HTTP sample's service
    /// settings), that one.
    /// </summary>
    public SolverSettings? Solver { get; init; }

    /// <summary>How the participant CSV's columns map to fields. Default <see cref="ColumnMapping.Default"/>.</summary>
    public ColumnMapping Columns { get; init; } = ColumnMapping.Default;

    /// <summary>Reads and validates a config file (UTF-8). A <c>historyFile</c> is read relative to the config file's folder.</summary>
    /// <param name="path">The config file.</param>
    /// <exception cref="JsonFormatException">The file is not a valid config; the error names line, character and property.</exception>
    /// <exception cref="CsvFormatException">The history file is not valid.</exception>
    /// <exception cref="IOException">The config file cannot be read.</exception>
    public static MatchingConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Load(reader, path, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Reads and validates a config; the reader is left open.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <param name="baseDirectory">Where a relative <c>historyFile</c> is found; default the current directory.</param>
    /// <exception cref="JsonFormatException">The text is not a valid config; the error names line, character and property.</exception>
    /// <exception cref="CsvFormatException">The history file is not valid.</exception>
    public static MatchingConfig Load(TextReader reader, string source, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return ConfigJson.Load(reader, source, baseDirectory ?? Directory.GetCurrentDirectory());
    }

    /// <summary>
    /// An engine error placed at the config file's entry it is about: a pinned pair of this config that names an unknown
    /// person or breaks a rule becomes <c>file:line:column: problem</c> at that pair. Null when the error is about
    /// something else or this config was not read from a file (<see cref="Load(string)"/>, <see cref="Load(TextReader, string, string?)"/>).
    /// </summary>
    /// <param name="exception">What <see cref="MatchingEngine"/> threw for the options of <see cref="ToOptions"/>.</param>
    /// <returns>A <see cref="JsonFormatException"/> with the file's line and column and the engine's message, or null.</returns>
    public JsonFormatException? Locate(MatchingInputException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return ConfigJson.Locate(this, exception);
    }

    /// <summary>The options of the run this config describes.</summary>
    /// <exception cref="MatchingInputException">A value is out of range (a negative weight or time-zone window, ...).</exception>
    public MatchingOptions ToOptions()
    {
        PairScorer scorer;
        try
        {
            scorer = PairScorers.Composite(Weights);
        }
        catch (ArgumentException e)
        {
            throw new MatchingInputException($"The scorer weights are not valid: {e.Message}", e);
        }

        Columns.ThrowIfInvalid();
        var solver = Solver?.ToSolver() ?? PairingSolvers.Automatic;
        var options = new MatchingOptions
        {
            Scorer = scorer,
            Rules = Rules.ToRules(),
            Objective = Objective,
            Priority = Priority,
            MinimumScore = MinimumScore,
            PinnedPairs = PinnedPairs,
            MentorCapacity = MentorCapacity,
            MenteeCapacity = MenteeCapacity,
            SideConstraints = SideConstraints,
            Solver = solver,
            CompareWithOptimum = Solver?.PriceOfStability ?? false,
        };

        // The engine is the one place that checks a run's options (floor, enums, capacities, side constraints).
        _ = new MatchingEngine(options);
        return options;
    }

    /// <summary>
    /// The config as indented JSON in the shape <see cref="Load(TextReader, string, string?)"/> reads; history pairs
    /// read from a history file are written inline.
    /// </summary>
    public string ToJson() => ConfigJson.Write(this);
}
