using System.CommandLine;
using ReverseMentoring.Matching.Configuration;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>--solver NAME</c>, <c>--proposers mentees|mentors</c> and <c>--price-of-stability</c>: the config's <c>solver</c> section from the command
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

    public Option<bool> PriceOfStability { get; } = new("--price-of-stability")
    {
        Description = "With --solver stable: also solve optimally and report the price of stability (optimalPairCount, optimalTotal, priceOfStability in the JSON); a second full solve. Default off (the config's 'solver.priceOfStability').",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Solver);
        command.Options.Add(Proposers);
        command.Options.Add(PriceOfStability);
    }

    /// <summary>The config with the command line's solver choice applied, checked.</summary>
    /// <exception cref="CliInputException">An unknown solver or proposing side, or proposers or the price of stability for a solver other than stable.</exception>
    public MatchingConfig Apply(ParseResult parsed, MatchingConfig config)
    {
        var name = parsed.GetValue(Solver);
        var proposers = parsed.GetValue(Proposers);
        var price = parsed.GetValue(PriceOfStability);
        if (name is null && proposers is null && !price)
        {
            return config;
        }

        var settings = config.Solver ?? new SolverSettings();
        if (name is not null)
        {
            // A new solver starts from its own defaults: the config's proposers (and price of stability) belong to the config's solver.
            settings = new SolverSettings { Name = name };
        }

        if (proposers is not null)
        {
            settings = settings with { Proposers = Side(proposers) };
        }

        Check(settings, $"{(name is null ? "--proposers" : "--solver")} '{name ?? proposers}'");
        // Checked after the name and proposers, so that an error here is about the flag alone.
        settings = settings with { PriceOfStability = settings.PriceOfStability || price };
        Check(settings, "--price-of-stability");
        return config with { Solver = settings };
    }

    /// <summary>The library's check of the settings, its message prefixed with the flag that made them.</summary>
    private static void Check(SolverSettings settings, string flag)
    {
        try
        {
            _ = settings.ToSolver();
        }
        catch (MatchingInputException e)
        {
            throw new CliInputException($"rmatch: {flag}: {e.Message}", e);
        }
    }

    private static StableProposer Side(string text) => text.Trim().ToUpperInvariant() switch
    {
        "MENTEES" => StableProposer.Mentees,
        "MENTORS" => StableProposer.Mentors,
        _ => throw new CliInputException(CliText.Format("ProposersNotSide", text)),
    };
}
