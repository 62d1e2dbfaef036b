using System.CommandLine;
using System.Globalization;
using ReverseMentoring.Matching.Analytics;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>rmatch calibrate --participants FILE --outcomes FILE [--folds N] [--json FILE|-] [--write-config FILE] [--force]</c>:
/// fit the composite scorer's weights to past pairs' ratings and report how well they predict a rating, cross-validated.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var outcomes = new Option<string>("--outcomes")
        {
            Description = "Past pairs' ratings, CSV with the columns mentee_id, mentor_id and rating (any numeric scale, higher is better; other columns are ignored).",
            HelpName = "FILE",
            Required = true,
        };
        var folds = new Option<int>("--folds")
        {
            Description = "Cross-validation folds, from 2 to the number of rated pairs (default 5).",
            HelpName = "N",
            DefaultValueFactory = _ => new CalibrationOptions().Folds,
        };
        folds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 2)
            {
                result.AddError(CliText.Get("FoldsTooFew"));
            }
        });
        var json = new Option<string>("--json")
        {
            Description = "Write the fit as JSON to FILE (whole or not at all); '--json -' prints it on standard output instead of the text.",
            HelpName = "FILE|-",
        };
        var writeConfig = new Option<string>("--write-config")
        {
            Description = "Write a run config with the fitted weights to FILE: the --config file's settings (or the defaults) with its weights replaced.",
            HelpName = "FILE",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace existing output files; without it an existing file is never overwritten. Inputs are never overwritten.",
        };
        var command = new Command("calibrate", HelpText.Calibrate);
        var input = ParticipantInput.FileOnly();
        input.AddTo(command);
        command.Options.Add(outcomes);
        command.Options.Add(folds);
        command.Options.Add(json);
        command.Options.Add(writeConfig);
        command.Options.Add(force);
        command.SetAction(parsed => CliApp.Guard(stderr, () =>
        {
            var config = input.Load(parsed);
            var outcomesPath = parsed.GetRequiredValue(outcomes);
            var jsonPath = parsed.GetValue(json);
            CalibrationResult? result = null;
            var files = new AtomicFileSet { ReplaceExisting = parsed.GetValue(force) };
            InputFiles.Protect(files, input, parsed);
            files.ProtectInput(outcomesPath, CliText.Get("InputOutcomes"));
            if (jsonPath is not null && jsonPath != MatchOutputMode.Stdout)
            {
                files.Add(jsonPath, w => w.Write(AnalyticsJson.Calibration(result!) + "\n"));
            }

            if (parsed.GetValue(writeConfig) is { } configPath)
            {
                files.Add(configPath, w => w.Write((config with { Weights = result!.Weights }).ToJson() + "\n"));
            }

            files.Check();
            var read = input.ReadParticipants(parsed, config.Columns);
            var cohort = new Cohort(read.Participants);
            var rated = CliApp.ReadFile(outcomesPath, (reader, source) => PairOutcomeCsv.Read(reader, source, cohort));
            var foldCount = parsed.GetValue(folds);
            if (rated.Count < 2)
            {
                throw new CliInputException(CliText.Format("TooFewRated", outcomesPath, RatedPairs(rated.Count)));
            }

            if (rated.Count < foldCount)
            {
                throw new CliInputException(CliText.Format("FewerThanFolds", outcomesPath, RatedPairs(rated.Count), foldCount, rated.Count));
            }

            result = WeightCalibration.Fit(cohort, rated, new CalibrationOptions { Folds = foldCount });
            files.Commit();
            ParticipantInput.WriteNotes(read, stderr);
            if (jsonPath == MatchOutputMode.Stdout)
            {
                stdout.WriteLine(AnalyticsJson.Calibration(result));
            }
            else
            {
                Describe(result, stdout);
            }

            return CliApp.Success;
        }));
        return command;
    }

    private static void Describe(CalibrationResult result, TextWriter stdout)
    {
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(CliText.Format("FittedTo", RatedPairs(result.OutcomeCount), result.Folds));
        stdout.WriteLine();
        stdout.WriteLine(CliText.Get("CalibrationHeader"));
        foreach (var component in result.Components)
        {
            stdout.WriteLine(string.Create(c, $"{component.Name,-14}{component.Coefficient,13:0.0000}{component.Weight,9:0.000}"));
        }

        stdout.WriteLine(string.Create(c, $"{CliText.Get("Intercept"),-14}{result.Intercept,13:0.0000}"));
        stdout.WriteLine();
        stdout.WriteLine(CliText.Format("InSample", result.Rmse.ToString("0.0000", c), RSquared(result.RSquared)));
        stdout.WriteLine(CliText.Format("CrossValidated", result.CrossValidatedRmse.ToString("0.0000", c), RSquared(result.CrossValidatedRSquared)));
        stdout.WriteLine();
        var w = result.Weights;
        stdout.WriteLine(CliText.Format("ForRunConfig", string.Create(
            c,
            $"\"weights\": {{ \"skillGap\": {w.SkillGapWeight:0.####}, \"reciprocal\": {w.ReciprocalWeight:0.####}, \"networkReach\": {w.NetworkReachWeight:0.####} }}")));
    }

    private static string RatedPairs(int count) => CliText.Count(count, "RatedPairsOne", "RatedPairsOther");

    private static string RSquared(double? value) =>
        value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : CliText.Get("SameRatings");
}
