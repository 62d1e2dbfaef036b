using ReverseMentoring.Matching.Cli;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public class CliAppTests
{
    [Fact]
    public void An_unexpected_exception_exits_1_with_its_message_and_no_stack_trace()
    {
        using var stderr = new StringWriter();

        var exit = CliApp.Guard(stderr, () => throw new InvalidOperationException("boom"));

        Assert.Equal(CliApp.UnexpectedError, exit);
        Assert.Equal("rmatch: unexpected error (InvalidOperationException): boom", stderr.ToString().TrimEnd());
    }

    [Fact]
    public void Input_exceptions_exit_2_and_file_format_errors_keep_their_position_format()
    {
        using var stderr = new StringWriter();

        Assert.Equal(CliApp.BadInput, CliApp.Guard(stderr, () => throw new CsvFormatException("f.csv", 3, 4, "Bad.")));
        Assert.Equal(CliApp.BadInput, CliApp.Guard(stderr, () => throw new JsonFormatException("f.json", 5, 6, "Worse.")));
        Assert.Equal(CliApp.BadInput, CliApp.Guard(stderr, () => throw new ParticipantValidationException("a", "seniority", "is odd.")));

        Assert.Equal(
            ["f.csv:3:4: Bad.", "f.json:5:6: Worse.", "rmatch: Participant 'a': seniority is odd."],
            stderr.ToString().TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public void Root_help_lists_both_verbs()
    {
        var (exit, stdout, _) = CliRunner.Run("--help");

        Assert.Equal(0, exit);
        Assert.Contains("assign", stdout, StringComparison.Ordinal);
        Assert.Contains("match", stdout, StringComparison.Ordinal);
    }
}
