using System.CommandLine;

namespace ReverseMentoring.Matching.Cli;

/// <summary><c>rmatch init [--out FILE] [--force]</c>: write a commented starter config with every option at its default.</summary>
internal static class InitCommand
{
    public const string DefaultFile = "rmatch.config.json";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out")
        {
            Description = $"Where to write the config. Default {DefaultFile} in the current folder.",
            HelpName = "FILE",
            DefaultValueFactory = _ => DefaultFile,
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite the file if it exists.",
        };
        var command = new Command("init", HelpText.Init)
        {
            output,
            force,
        };
        command.SetAction(parsed => CliApp.Guard(stderr, () =>
        {
            var path = parsed.GetRequiredValue(output);
            if (!parsed.GetValue(force) && (File.Exists(path) || Directory.Exists(path)))
            {
                throw new CliInputException(CliText.Format("AlreadyExists", path));
            }

            AtomicFile.WriteAllText(path, StarterConfig.For(path), parsed.GetValue(force));
            stdout.WriteLine(CliText.Format("WroteConfig", path));
            return CliApp.Success;
        }));
        return command;
    }
}
