using System.CommandLine;
using System.Globalization;
using ReverseMentoring.Matching.Exploring;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>rmatch rematch --participants FILE|--sample --current result.json [--penalty N] [--lock ID] [--config FILE]
/// [--json FILE|-] [--force]</c>: re-match the changed cohort from the current pairing with as little disruption as
/// the penalty says; lists kept, broken and new pairs.
/// </summary>
internal static class RematchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var current = new Option<string>("--current")
        {
            Description = "The current pairing: a result file of 'rmatch match --json' or 'rmatch rematch --json' (its \"pairs\" are read).",
            HelpName = "FILE",
            Required = true,
        };
        var penalty = new Option<double>("--penalty")
        {
            Description = "What breaking one current pair costs, in score units (pair scores are 0 to 1): a pair is kept unless changing it gains more. 0 gives a fresh optimum. From 0 to 1000.",
            HelpName = "N",
            DefaultValueFactory = _ => new RematchOptions().DisruptionPenalty,
        };
        var locks = new Option<string[]>("--lock")
        {
            Description = "Keep every current pair of this mentee or mentor whatever the scores. Repeatable.",
            HelpName = "ID",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("rematch", HelpText.Rematch);
        var output = new ExploreOutput();
        output.AddTo(command);
        command.Options.Add(current);
        command.Options.Add(penalty);
        command.Options.Add(locks);
        command.SetAction(parsed => CliApp.Guard(stderr, () =>
        {
            var path = parsed.GetRequiredValue(current);
            return output.Run(
                parsed,
                stdout,
                stderr,
                (engine, cohort) =>
                {
                    var pairs = CliApp.ReadFile(path, ResultPairsJson.Read);
                    var options = new RematchOptions
                    {
                        DisruptionPenalty = parsed.GetValue(penalty),
                        LockedPairs = Locked(pairs, parsed.GetValue(locks) ?? [], path),
                    };
                    return new MatchingExplorer(engine).Rematch(cohort, pairs, options);
                },
                r => ExplorationJson.Serialize(r),
                Write,
                (path, CliText.Get("InputCurrentPairing")));
        }));
        return command;
    }

    /// <summary>The current pairs of each <c>--lock</c> id.</summary>
    /// <exception cref="CliInputException">An id is in no current pair.</exception>
    private static ParticipantPair[] Locked(IReadOnlyList<ParticipantPair> pairs, string[] ids, string path)
    {
        foreach (var id in ids.Where(id => !pairs.Any(p => p.MenteeId == id.Trim() || p.MentorId == id.Trim())))
        {
            throw new CliInputException(CliText.Format("LockNotFound", id, path));
        }

        return [.. pairs.Where(p => ids.Any(id => p.MenteeId == id.Trim() || p.MentorId == id.Trim()))];
    }

    private static void Write(RematchResult result, TextWriter stdout)
    {
        stdout.WriteLine(CliText.Format(
            "RematchSummary",
            result.DisruptionPenalty.ToString("0.###", CultureInfo.InvariantCulture),
            ExploreOutput.Summary(result.Pairing),
            result.Kept.Count,
            result.Broken.Count,
            result.New.Count));
        foreach (var p in result.Kept)
        {
            stdout.WriteLine(CliText.Format("RematchKept", p.MentorId, p.MenteeId, ExploreOutput.Number(p.Score)));
        }

        foreach (var b in result.Broken)
        {
            stdout.WriteLine(CliText.Format("RematchBroken", b.MentorId, b.MenteeId, b.ExplanationIn(CliText.Culture)));
        }

        foreach (var p in result.New)
        {
            stdout.WriteLine(CliText.Format("RematchNew", p.MentorId, p.MenteeId, ExploreOutput.Number(p.Score)));
        }

        foreach (var u in result.Pairing.UnmatchedMentees.Concat(result.Pairing.UnmatchedMentors))
        {
            stdout.WriteLine(CliText.Format("RematchUnmatched", RoleText.Of(u.Role), u.Id, u.ReasonIn(CliText.Culture)));
        }
    }
}
