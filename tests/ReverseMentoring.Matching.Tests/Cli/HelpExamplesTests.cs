using ReverseMentoring.Matching.Cli;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class HelpExamplesTests
{
    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        foreach (var command in CliApp.BuildCommand(TextWriter.Null, TextWriter.Null, ansi: false).Subcommands)
        {
            data.Add(command.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Every_verb_help_ends_with_an_examples_section_of_that_verb(string verb)
    {
        var (exit, stdout, stderr) = CliRunner.Run(verb, "--help");

        Assert.Equal((0, string.Empty), (exit, stderr));
        var lines = stdout.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var header = Array.LastIndexOf(lines, "Examples:");
        Assert.True(header > Array.IndexOf(lines, "Options:"), stdout);
        var examples = lines[(header + 1)..];
        Assert.NotEmpty(examples);
        Assert.All(examples, line => Assert.StartsWith("  rmatch ", line, StringComparison.Ordinal));
        Assert.Contains(examples, line => line.StartsWith($"  rmatch {verb} ", StringComparison.Ordinal));
    }
}
