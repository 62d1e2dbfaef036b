using System.CommandLine;
using ReverseMentoring.Matching.Configuration;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// The options <c>match</c> and <c>validate</c> share to read HR data: <c>--config FILE</c> and repeatable
/// <c>--column field=Header</c>, which overrides the config's column mapping one field at a time.
/// </summary>
internal sealed class ParticipantInput
{
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

    public void AddTo(Command command)
    {
        command.Options.Add(Config);
        command.Options.Add(Columns);
    }

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
                throw new CliInputException($"rmatch: --column '{column}' is not field=Header; for example --column id=\"Employee ID\".");
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

        if (mapping.FindProblems() is { Count: > 0 } problems)
        {
            throw new CliInputException($"rmatch: the column mapping is not valid: {string.Join(" ", problems)}");
        }

        return config with { Columns = mapping };
    }

    /// <summary>Reads a participant file, CSV or JSON by its extension.</summary>
    public static IReadOnlyList<Participant> Read(string path, ColumnMapping mapping) =>
        CliApp.ReadFile(path, (reader, source) => ParticipantFile.Read(reader, source, ParticipantFile.FormatOf(path), mapping));
}
