using System.CommandLine;
using System.Globalization;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.IO;
using static System.FormattableString;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>rmatch generate --mentors N --mentees M [--seed S] [--out DIR] [--force]</c>: write a made-up, realistic cohort
/// to <c>DIR/participants.csv</c> in the layout <c>rmatch match --participants</c> reads.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>The name of the file written into the output directory.</summary>
    public const string FileName = "participants.csv";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var defaults = new SyntheticCohortOptions();
        var mentors = Count("--mentors", "How many junior mentors", defaults.Mentors);
        var mentees = Count("--mentees", "How many executive mentees", defaults.Mentees);
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the pseudo-random stream: the same seed and sizes give the same file.",
            HelpName = "S",
            DefaultValueFactory = _ => SyntheticCohortOptions.DefaultSeed,
        };
        var output = new Option<string>("--out")
        {
            Description = $"Directory to write {FileName} into; created when missing.",
            HelpName = "DIR",
            DefaultValueFactory = _ => ".",
        };
        var force = new Option<bool>("--force")
        {
            Description = $"Replace an existing {FileName}; without it an existing file is never overwritten.",
        };
        var command = new Command(
            "generate",
            HelpText.Generate)
        {
            mentors,
            mentees,
            seed,
            output,
            force,
        };
        command.SetAction(parsed => CliApp.Guard(stderr, () =>
        {
            var options = new SyntheticCohortOptions
            {
                Mentors = parsed.GetValue(mentors),
                Mentees = parsed.GetValue(mentees),
                Seed = parsed.GetValue(seed),
            };
            var path = Path.Combine(CreateDirectory(parsed.GetRequiredValue(output)), FileName);
            if (File.Exists(path) && !parsed.GetValue(force))
            {
                throw new CliInputException(CliText.Format("GenerateExists", path));
            }

            using var text = new StringWriter(CultureInfo.InvariantCulture);
            ParticipantCsv.Write(text, SyntheticCohort.Generate(options));
            AtomicFile.WriteAllText(path, text.ToString(), parsed.GetValue(force));
            stdout.WriteLine(CliText.Format("WroteCohort", options.Mentors, options.Mentees, options.Seed, path));
            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>A count option: a whole number from 0 to <see cref="SyntheticCohortOptions.MaxPerSide"/>; anything else is a parse error (exit 2).</summary>
    private static Option<int> Count(string name, string what, int defaultValue) =>
        new(name)
        {
            Description = Invariant($"{what}, 0 to {SyntheticCohortOptions.MaxPerSide}."),
            HelpName = "N",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return defaultValue;
                }

                var text = result.Tokens[^1].Value;
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    || n is < 0 or > SyntheticCohortOptions.MaxPerSide)
                {
                    result.AddError(CliText.Format("CountOutOfRange", name, SyntheticCohortOptions.MaxPerSide, text));
                }

                return n;
            },
        };

    private static string CreateDirectory(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new CliInputException(CliText.Get("OutputDirectoryNameEmpty"));
        }

        try
        {
            if (File.Exists(directory))
            {
                throw new CliInputException(CliText.Format("NotADirectory", directory));
            }

            Directory.CreateDirectory(directory);
            return directory;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException(CliText.Format("CannotCreateDirectoryAt", directory, e.Message), e);
        }
    }
}
