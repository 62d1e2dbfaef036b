using System.CommandLine;
using ReverseMentoring.Matching.Configuration;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>--solver NAME</c> and <c>--proposers mentees|mentors</c>: the config's <c>solver</c> section from the command
/// line. Each one given replaces the config's value; the names and the checks are the library's
/// (<see cref="SolverSettings"/>), so the command line and a config accept exactly the same.
/// </summary>
internal sealed class SolverChoice
{
    public Option<string> Solver { get; } = new("--solver")
    {
        Description = $"How pairs are chosen: {string.Join(", ", SolverSettings.Names)} (default automatic; overrides the config's 'solver.name'). "
            + "'stable' gives a stable pairing (no mentor and mentee who both prefer each other) and reports its stability in the JSON.",
        HelpName = "NAME",
    };

    public Option<string> Proposers { get; } = new("--proposers")
    {
        Description = "With --solver stable: the side that proposes and gets its best stable partners, mentees (default) or mentors.",
        HelpName = "mentees|mentors",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Solver);
        command.Options.Add(Proposers);
    }

    /// <summary>The config with the command line's solver choice applied, checked.</summary>
    /// <exception cref="CliInputException">An unknown solver or proposing side, or proposers for a solver other than stable.</exception>
    public MatchingConfig Apply(ParseResult parsed, MatchingConfig config)
    {
        var name = parsed.GetValue(Solver);
        var proposers = parsed.GetValue(Proposers);
        if (name is null && proposers is null)
        {
            return config;
        }

        var settings = config.Solver ?? new SolverSettings();
        if (name is not null)
        {
            // A new solver starts from its own defaults: the config's proposers belong to the config's solver.
            settings = new SolverSettings { Name = name };
        }

        if (proposers is not null)
        {
            settings = settings with { Proposers = Side(proposers) };
        }

        try
        {
            _ = settings.ToSolver();
        }
        catch (MatchingInputException e)
        {
            throw new CliInputException($"rmatch: {(name is null ? "--proposers" : "--solver")} '{name ?? proposers}': {e.Message}", e);
        }

        return config with { Solver = settings };
    }

    private static StableProposer Side(string text) => text.Trim().ToUpperInvariant() switch
    {
        "MENTEES" => StableProposer.Mentees,
        "MENTORS" => StableProposer.Mentors,
        _ => throw new CliInputException(CliText.Format("ProposersNotSide", text)),
    };
}
