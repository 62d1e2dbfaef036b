using System.CommandLine;
using System.Globalization;
using ReverseMentoring.Matching.Analytics;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>rmatch sensitivity --participants FILE|--sample [--config FILE] [--perturbation P] [--trials N] [--seed S] [--json FILE|-] [--force]</c>:
/// how many pairs change when the config's weights are perturbed.
/// </summary>
internal static class SensitivityCommand
{
    private const int ShownPairs = 10;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var defaults = new SensitivityOptions();
        var perturbation = new Option<double>("--perturbation")
        {
            Description = "How far each weight moves, as a share: 0.1 multiplies it by a random factor in [0.9, 1.1] (at least 0, below 1; default 0.1).",
            HelpName = "P",
            DefaultValueFactory = _ => defaults.Perturbation,
        };
        perturbation.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value >= 0 && value < 1))
            {
                result.AddError(CliText.Get("PerturbationRange"));
            }
        });
        var trials = new Option<int>("--trials")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"How many perturbed runs, from 1 to {SensitivityOptions.MaxTrials} (default {defaults.Trials})."),
            HelpName = "N",
            DefaultValueFactory = _ => defaults.Trials,
        };
        trials.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 1 || value > SensitivityOptions.MaxTrials)
            {
                result.AddError(CliText.Format("TrialsRange", SensitivityOptions.MaxTrials));
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the random factors; the same seed and inputs give the same result (default 1).",
            HelpName = "S",
            DefaultValueFactory = _ => defaults.Seed,
        };
        var json = new Option<string>("--json")
        {
            Description = "Write the analysis as JSON to FILE (whole or not at all); '--json -' prints it on standard output instead of the text.",
            HelpName = "FILE|-",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace the --json file if it exists; without it an existing file is never overwritten. Inputs are never overwritten.",
        };
        var command = new Command("sensitivity", HelpText.Sensitivity);
        var input = ParticipantInput.FileOrSample();
        input.AddTo(command);
        command.Options.Add(perturbation);
        command.Options.Add(trials);
        command.Options.Add(seed);
        command.Options.Add(json);
        command.Options.Add(force);
        command.SetAction(parsed => CliApp.Guard(stderr, () =>
        {
            var config = input.Load(parsed);
            var options = new SensitivityOptions
            {
                Weights = config.Weights,
                Perturbation = parsed.GetValue(perturbation),
                Trials = parsed.GetValue(trials),
                Seed = parsed.GetValue(seed),
            };
            var jsonPath = parsed.GetValue(json);
            SensitivityResult? result = null;
            var files = new AtomicFileSet { ReplaceExisting = parsed.GetValue(force) };
            InputFiles.Protect(files, input, parsed);
            if (jsonPath is not null && jsonPath != MatchOutputMode.Stdout)
            {
                files.Add(jsonPath, w => w.Write(AnalyticsJson.Sensitivity(result!, options) + "\n"));
            }

            files.Check();
            var read = input.ReadParticipants(parsed, config.Columns);
            var cohort = new Cohort(read.Participants);
            result = CliApp.Locating(config, () => WeightSensitivity.Analyze(cohort, config.ToOptions(), options));
            files.Commit();
            ParticipantInput.WriteNotes(read, stderr);
            if (jsonPath == MatchOutputMode.Stdout)
            {
                stdout.WriteLine(AnalyticsJson.Sensitivity(result, options));
            }
            else
            {
                Describe(result, options, stdout);
            }

            return CliApp.Success;
        }));
        return command;
    }

    private static void Describe(SensitivityResult result, SensitivityOptions options, TextWriter stdout)
    {
        var c = CultureInfo.InvariantCulture;
        var w = options.Weights;
        stdout.WriteLine(CliText.Format(
            "SensitivityBaseline",
            CliText.Pairs(result.Baseline.Pairs.Count),
            w.SkillGapWeight.ToString("0.###", c),
            w.ReciprocalWeight.ToString("0.###", c),
            w.NetworkReachWeight.ToString("0.###", c)));
        stdout.WriteLine(CliText.Format(
            "SensitivityTrials", options.Trials, (1 - options.Perturbation).ToString("0.###", c), (1 + options.Perturbation).ToString("0.###", c), options.Seed));
        stdout.WriteLine(CliText.Format(
            "PairsChanged", result.MeanChangedShare.ToString("0.0%", c), result.MaxChangedShare.ToString("0.0%", c)));
        var fragile = result.Pairs.Where(p => p.KeptShare < 1).OrderBy(p => p.KeptShare).ThenBy(p => p.MenteeId, StringComparer.Ordinal).ToArray();
        if (fragile.Length == 0)
        {
            stdout.WriteLine(CliText.Get("EveryPairKept"));
            return;
        }

        stdout.WriteLine(CliText.Format("PairsNotKept", fragile.Length));
        foreach (var pair in fragile.Take(ShownPairs))
        {
            stdout.WriteLine(CliText.Format("KeptInTrials", pair.MentorId, pair.MenteeId, pair.KeptShare.ToString("0%", c)));
        }

        if (fragile.Length > ShownPairs)
        {
            stdout.WriteLine(CliText.Format("AndMoreJson", fragile.Length - ShownPairs));
        }
    }
}
