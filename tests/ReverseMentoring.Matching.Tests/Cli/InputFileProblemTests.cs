using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>Participant files that cannot be used at all: each an input error (exit 2) naming the file, nothing written.</summary>
public sealed class InputFileProblemTests : IDisposable
{
    private const string Header = "id,role,department,level,skill:Technology,goal:Technology\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_directory_as_participants_says_it_is_a_directory()
    {
        var folder = _dir.File("people");
        Directory.CreateDirectory(folder);
        var outDir = _dir.File("out");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", folder, "--out", outDir);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal($"{folder}:1:1: this is a directory, not a file.", stderr.TrimEnd());
        Assert.DoesNotContain("denied", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["people"], _dir.FileNames());
    }

    [Fact]
    public void A_directory_given_to_validate_says_it_is_a_directory()
    {
        var folder = _dir.File("people");
        Directory.CreateDirectory(folder);

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", folder);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal($"{folder}:1:1: this is a directory, not a file.", stderr.TrimEnd());
    }
}
