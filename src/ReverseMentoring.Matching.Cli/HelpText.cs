using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// What <c>rmatch --help</c> and <c>rmatch &lt;command&gt; --help</c> show: each command's description, and after the
/// standard help an <c>Examples:</c> section for that command (kept out of the description so the root's command
/// list stays one paragraph per verb).
/// </summary>
internal static class HelpText
{
    public const string Root =
        "rmatch: reverse-mentoring pairings. Junior mentors coach senior executive mentees; pairs are chosen optimally with Google OR-Tools. "
        + "Exit codes: 0 success; 2 bad input (message on standard error, nothing on standard output, no partial file); 3 no pairing within the CP-SAT time limit (likewise); 1 unexpected error.";

    public const string Match =
        "Pair junior mentors with executive mentees (default rules: reporting line, seniority; default scorer; optimal assignment) "
        + "and explain who stays unmatched. On a terminal a progress line on standard error shows the stages (read, rules, score, solve); "
        + "piped or redirected output is plain text without colours or progress.";

    public const string Assign =
        "Pair mentees with mentors from a score matrix: most pairs first, then the highest total score. Prints one line of JSON.";

    public const string Generate =
        $"Write a made-up but realistic cohort to DIR/{GenerateCommand.FileName}: executives on top of a manager tree, juniors "
        + "reporting into it, skills and goals by seniority, departments, offices with UTC offsets, languages. "
        + "The same seed and sizes always give the same file.";

    public const string Init =
        "Write a starter run config (JSON with comments): every option with its default, explained. Use it with --config.";

    public const string Validate = "Check a participant file and list every problem found (file:line:column: problem).";

    public const string Report =
        "Pair the participants as 'rmatch match' does and write an HR report: summary, score distribution, skill-gap coverage, department mix, every pair and the unmatched.";

    public const string WhyNot =
        "Why not this mentee with this mentor? Re-solve with the pair forced in (or, when the optimum makes it, forced out) and print the exact change in total score and pair count, and which pairs change.";

    public const string Rematch =
        "Re-match a changed cohort (joiners, leavers, updated profiles) from the current pairing: keep each current pair unless changing it gains more than the disruption penalty; print kept, broken (with why) and new pairs.";

    public const string Alternatives =
        "Rank the k best pairings (Murty's method, each part solved exactly) and list, per mentee, the other mentors they could have and what the switch costs.";

    public const string Calibrate =
        "Fit the scorer weights (skill gap, reciprocal, network reach) to past pairs' ratings by least squares with non-negative weights, "
        + "and report the k-fold cross-validated error (RMSE, R²); prints the weights in the form a run config takes.";

    public const string Sensitivity =
        "Pair the participants with the config's weights, then again with each weight randomly perturbed (±10% by default, seeded), "
        + "and report the share of pairs that change (mean, max) and which pairs are fragile.";

    /// <summary>The examples of each command, by command name; the root's under <see cref="RootKey"/>.</summary>
    public static IReadOnlyDictionary<string, string[]> Examples { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [RootKey] =
        [
            "rmatch match --sample",
            $"rmatch generate --mentors 120 --mentees 100 --out demo",
            $"rmatch match --participants demo/{GenerateCommand.FileName} --json result.json",
            "rmatch assign --scores scores.csv",
        ],
        ["match"] =
        [
            "rmatch match --sample",
            "rmatch match --participants people.csv",
            "rmatch match --participants people.csv --json result.json",
            "rmatch match --participants people.csv --solver stable --proposers mentors --json - | jq .stability",
            "rmatch match --participants people.csv --json - | jq '.pairs[] | [.mentor, .mentee, .score]'",
            "rmatch match --participants people.csv --quiet --json result.json && echo matched",
        ],
        ["assign"] =
        [
            "rmatch assign --scores scores.csv",
            "rmatch assign --scores scores.csv | jq .totalScore",
        ],
        ["init"] =
        [
            "rmatch init",
            "rmatch init --out run.json --force",
            "rmatch match --participants people.csv --config run.json",
        ],
        ["validate"] =
        [
            "rmatch validate --participants people.csv",
            "rmatch validate --participants hr.csv --config run.json --column id=\"Employee ID\" --column skill=\"Skill - {area}\"",
        ],
        ["report"] =
        [
            "rmatch report --sample --out report.html",
            "rmatch report --participants people.csv --config run.json --out report.md",
            "rmatch report --participants people.csv --out summary.txt --format md --force",
            "rmatch report --sample --out informe.html --culture es",
        ],
        ["whynot"] =
        [
            "rmatch whynot --sample --mentee exec-cfo --mentor ana-lima",
            "rmatch whynot --participants people.csv --config run.json --mentee cfo --mentor ana --json - | jq .scoreChange",
        ],
        ["rematch"] =
        [
            "rmatch match --participants people.csv --json result.json",
            "rmatch rematch --participants people-now.csv --current result.json",
            "rmatch rematch --participants people-now.csv --current result.json --penalty 0.3 --lock cfo --json next.json",
        ],
        ["alternatives"] =
        [
            "rmatch alternatives --sample",
            "rmatch alternatives --participants people.csv --k 10 --json alternatives.json",
        ],
        ["calibrate"] =
        [
            "rmatch calibrate --participants people.csv --outcomes outcomes.csv",
            "rmatch calibrate --participants people.csv --outcomes outcomes.csv --folds 10 --json -",
            "rmatch calibrate --participants people.csv --outcomes outcomes.csv --config run.json --write-config calibrated.json",
        ],
        ["sensitivity"] =
        [
            "rmatch sensitivity --sample",
            "rmatch sensitivity --participants people.csv --config run.json --perturbation 0.2 --trials 50 --seed 7",
            "rmatch sensitivity --participants people.csv --json sensitivity.json",
        ],
        ["generate"] =
        [
            "rmatch generate --mentors 120 --mentees 100 --seed 7 --out demo",
            $"rmatch generate --mentors 10 --mentees 8 --out demo --force",
            $"rmatch match --participants demo/{GenerateCommand.FileName}",
        ],
    };

    private const string RootKey = "";

    /// <summary>Makes the root's (recursive) help option print the helped command's examples after the standard help.</summary>
    public static void AddExamples(RootCommand root, TextWriter stdout)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is SynchronousCommandLineAction standard)
        {
            help.Action = new ExamplesAction(standard, stdout);
        }
    }

    private sealed class ExamplesAction(SynchronousCommandLineAction standard, TextWriter stdout) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => standard.ClearsParseErrors;

        public override int Invoke(ParseResult parseResult)
        {
            var exit = standard.Invoke(parseResult);
            var command = parseResult.CommandResult.Command;
            if (Examples.TryGetValue(command is RootCommand ? RootKey : command.Name, out var lines))
            {
                stdout.WriteLine("Examples:");
                foreach (var line in lines)
                {
                    stdout.WriteLine($"  {line}");
                }

                stdout.WriteLine();
            }

            return exit;
        }
    }
}
