using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class MaxParticipantsOptionTests : IDisposable
{
    private const string ThreePeople = "id,role\na,mentor\nb,mentee\nc,mentor\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("validate")]
    [InlineData("match")]
    public void A_file_over_max_participants_is_refused_at_the_row_over_with_exit_2(string verb)
    {
        var path = _dir.Write("people.csv", ThreePeople);
        var output = _dir.File("out");

        var (exit, stdout, stderr) = verb == "match"
            ? CliRunner.Run("match", "--participants", path, "--max-participants", "2", "--out", output)
            : CliRunner.Run("validate", "--participants", path, "--max-participants", "2");

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains(
            $"{path}:4:1: The file has more participants than the most ParticipantReadLimits.MaxParticipants allows (2); split the cohort, or raise the limit (rmatch --max-participants).",
            stderr,
            StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "nothing is written");
    }

    [Fact]
    public void A_file_within_max_participants_reads()
    {
        var path = _dir.Write("people.csv", ThreePeople);

        var (exit, stdout, _) = CliRunner.Run("validate", "--participants", path, "--max-participants", "3");

        Assert.Equal(0, exit);
        Assert.Contains("3 participants", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_participants_below_one_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run("validate", "--participants", _dir.Write("people.csv", ThreePeople), "--max-participants", "0");

        Assert.Equal(2, exit);
        Assert.Contains("--max-participants must be at least 1, but was 0.", stderr, StringComparison.Ordinal);
    }
}
