using System.CommandLine;
using ReverseMentoring.Matching.Exploring;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>rmatch whynot --participants FILE|--sample --mentee ID --mentor ID [--config FILE] [--json FILE|-] [--force]</c>:
/// the exact change in total score and pair count if the pair were forced in (or, when the optimum makes it, out).
/// </summary>
internal static class WhyNotCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var mentee = new Option<string>("--mentee") { Description = "The mentee's id.", HelpName = "ID", Required = true };
        var mentor = new Option<string>("--mentor") { Description = "The mentor's id.", HelpName = "ID", Required = true };
        var command = new Command("whynot", HelpText.WhyNot);
        var output = new ExploreOutput();
        output.AddTo(command);
        command.Options.Add(mentee);
        command.Options.Add(mentor);
        command.SetAction(parsed => CliApp.Guard(stderr, () => output.Run(
            parsed,
            stdout,
            stderr,
            (engine, cohort) => new MatchingExplorer(engine).WhyNot(cohort, parsed.GetRequiredValue(mentee), parsed.GetRequiredValue(mentor)),
            r => ExplorationJson.Serialize(r),
            Write)));
        return command;
    }

    private static void Write(WhyNotResult result, TextWriter stdout)
    {
        var pair = $"{result.MentorId} -> {result.MenteeId}";
        stdout.WriteLine($"{pair}: {Status(result.Status)}: {result.ReasonIn(CliText.Culture)}.");
        stdout.WriteLine(CliText.Format("Optimum", ExploreOutput.Summary(result.Optimum)));
        if (result.Alternative is not { } alternative)
        {
            return;
        }

        stdout.WriteLine(CliText.Format(
            result.Status == WhyNotStatus.Forced ? "WithPair" : "WithoutPair",
            pair,
            ExploreOutput.Summary(alternative),
            ExploreOutput.Number(result.ScoreChange!.Value, signed: true),
            ExploreOutput.PairChange(result.PairCountChange!.Value)));
        foreach (var p in result.Added)
        {
            stdout.WriteLine($"  + {p.MentorId} -> {p.MenteeId} {ExploreOutput.Number(p.Score)}");
        }

        foreach (var p in result.Removed)
        {
            stdout.WriteLine($"  - {p.MentorId} -> {p.MenteeId} {ExploreOutput.Number(p.Score)}");
        }
    }

    /// <summary>The status in the run's language; English keeps the enum's names, as in the JSON.</summary>
    private static string Status(WhyNotStatus status) => status switch
    {
        WhyNotStatus.Forced => CliText.Get("WhyNotForced"),
        WhyNotStatus.Forbidden => CliText.Get("WhyNotForbidden"),
        WhyNotStatus.NotAllowed => CliText.Get("WhyNotNotAllowed"),
        WhyNotStatus.Pinned => CliText.Get("WhyNotPinned"),
        WhyNotStatus.Infeasible => CliText.Get("WhyNotInfeasible"),
        _ => status.ToString(),
    };
}
