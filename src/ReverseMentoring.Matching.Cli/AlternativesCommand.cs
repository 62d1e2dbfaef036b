using System.CommandLine;
using ReverseMentoring.Matching.Exploring;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>rmatch alternatives --participants FILE|--sample [--k N] [--config FILE] [--json FILE|-] [--force]</c>: the k best
/// pairings, best first, and per mentee the other mentors they could have with the loss of switching.
/// </summary>
internal static class AlternativesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var count = new Option<int>("--k")
        {
            Description = $"How many pairings to rank, the optimum included: 1 to {AlternativesOptions.MaxCount}.",
            HelpName = "N",
            DefaultValueFactory = _ => new AlternativesOptions().Count,
        };
        var command = new Command("alternatives", HelpText.Alternatives);
        var output = new ExploreOutput();
        output.AddTo(command);
        command.Options.Add(count);
        command.SetAction(parsed => CliApp.Guard(stderr, () => output.Run(
            parsed,
            stdout,
            stderr,
            (engine, cohort) => new MatchingExplorer(engine).Alternatives(cohort, new AlternativesOptions { Count = parsed.GetValue(count) }),
            r => ExplorationJson.Serialize(r),
            Write)));
        return command;
    }

    private static void Write(AlternativesResult result, TextWriter stdout)
    {
        stdout.WriteLine(CliText.Format(
            result.Ranked.Count == 1 ? "BestPairingsOne" : "BestPairingsOther", result.Ranked.Count, RoleText.Status(result.Status)));
        foreach (var r in result.Ranked)
        {
            var changed = r.Rank == 1
                ? CliText.Get("TheOptimum")
                : CliText.Format("RankedChange", ExploreOutput.Number(r.ScoreChange, signed: true), ExploreOutput.PairChange(r.PairCountChange));
            stdout.WriteLine($"  #{r.Rank}: {ExploreOutput.Summary(r.Pairing)} ({changed})");
        }

        if (result.Switches.Count == 0)
        {
            stdout.WriteLine(CliText.Get("NoSwitches"));
            return;
        }

        stdout.WriteLine(CliText.Get("SwitchesHeader"));
        foreach (var s in result.Switches)
        {
            var partner = s.MentorId is { } mentor ? CliText.Format("SwitchWith", mentor) : CliText.Get("SwitchUnpaired");
            stdout.WriteLine($"  {s.MenteeId} {partner}: {ExploreOutput.Number(s.ScoreChange, signed: true)}, {ExploreOutput.PairChange(s.PairCountChange)} (#{s.Rank})");
        }
    }
}
