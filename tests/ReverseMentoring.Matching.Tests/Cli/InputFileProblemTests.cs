using System.Text;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>Participant files that cannot be used at all: each an input error (exit 2) naming the file, nothing written.</summary>
public sealed class InputFileProblemTests : IDisposable
{
    private const string Header = "id,role,department,seniority,skill:Technology,goal:Technology\n";

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

    [Fact]
    public void A_header_only_file_is_an_input_error_and_nothing_is_written()
    {
        var input = _dir.Write("header-only.csv", Header);
        var outDir = _dir.File("out");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", input, "--out", outDir);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith($"{input}:1:1: no participants", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Equal(["header-only.csv"], _dir.FileNames());
    }

    [Fact]
    public void Validate_reports_a_header_only_file_as_a_problem()
    {
        var input = _dir.Write("header-only.csv", Header);

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", input);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith($"{input}:1:1: no participants", stderr, StringComparison.Ordinal);
        Assert.Contains($"{input}: 1 problem found.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_json_array_has_no_participants_either()
    {
        var input = _dir.Write("people.json", "[]");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", input, "--json", _dir.File("out.json"));

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith($"{input}:1:1: no participants", stderr, StringComparison.Ordinal);
        Assert.Equal(["people.json"], _dir.FileNames());
    }

    [Theory]
    [InlineData("match")]
    [InlineData("validate")]
    public void A_utf16_file_without_a_byte_order_mark_asks_for_utf8(string verb)
    {
        var input = _dir.File("people.csv");
        File.WriteAllBytes(input, new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(Header + "ana,mentor,IT,1,5,\n"));

        var (exit, stdout, stderr) = CliRunner.Run(verb, "--participants", input);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.DoesNotContain('\0', stderr);
        Assert.StartsWith($"{input}:1:1: ", stderr, StringComparison.Ordinal);
        Assert.Contains("UTF-16", stderr, StringComparison.Ordinal);
        Assert.Contains("save it as UTF-8", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_utf16_file_with_a_byte_order_mark_is_still_read()
    {
        var input = _dir.File("people.csv");
        File.WriteAllText(input, Header + "ana,mentor,IT,1,5,\ncfo,mentee,Finance,5,0,1\n", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", input);

        Assert.True(exit == 0, stderr);
        Assert.Contains("no problems; 2 participants", stdout, StringComparison.Ordinal);
    }
}
