using ReverseMentoring.Matching.Cli;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Exit, string Stdout, string Stderr) Generate(string outDir, params string[] args) =>
        CliRunner.Run(["generate", .. args, "--out", outDir]);

    [Fact]
    public void Writes_participants_csv_that_reads_back_and_matches_without_errors()
    {
        var outDir = Path.Combine(_dir.Path, "new", "cohort");

        var (exit, stdout, stderr) = Generate(outDir, "--mentors", "45", "--mentees", "30", "--seed", "5");

        Assert.True(exit == 0, stderr);
        Assert.Equal(string.Empty, stderr);
        var file = Path.Combine(outDir, GenerateCommand.FileName);
        Assert.Equal($"Wrote 45 mentors and 30 mentees (seed 5) to {file}.", stdout.TrimEnd());
        Assert.Equal([GenerateCommand.FileName], Directory.GetFiles(outDir).Select(Path.GetFileName));
        using (var reader = new StreamReader(file))
        {
            var people = ParticipantCsv.Read(reader, file);
            Assert.Equal(45, people.Count(p => p.Role == ParticipantRole.Mentor));
            Assert.Equal(30, people.Count(p => p.Role == ParticipantRole.Mentee));
        }

        var json = _dir.File("result.json");
        var match = CliRunner.Run("match", "--participants", file, "--json", json);
        Assert.True(match.Exit == 0, match.Stderr);
        Assert.Equal(string.Empty, match.Stderr);
        Assert.Contains("status Optimal", match.Stdout, StringComparison.Ordinal);
        Assert.Contains("mentee", match.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(json));
    }

    [Fact]
    public void The_file_is_the_library_generator_written_by_ParticipantCsv()
    {
        Assert.Equal(0, Generate(_dir.Path, "--mentors", "12", "--mentees", "9", "--seed", "77").Exit);

        using var expected = new StringWriter();
        ParticipantCsv.Write(expected, SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 12, Mentees = 9, Seed = 77 }));
        Assert.Equal(expected.ToString(), File.ReadAllText(_dir.File(GenerateCommand.FileName)));
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_other_bytes()
    {
        string Bytes(string name, string seed)
        {
            var dir = Path.Combine(_dir.Path, name);
            Assert.Equal(0, Generate(dir, "--mentors", "30", "--mentees", "20", "--seed", seed).Exit);
            return File.ReadAllText(Path.Combine(dir, GenerateCommand.FileName));
        }

        Assert.Equal(Bytes("a", "9"), Bytes("b", "9"));
        Assert.NotEqual(Bytes("c", "9"), Bytes("d", "10"));
    }

    [Fact]
    public void Defaults_are_twenty_per_side_with_the_default_seed()
    {
        var (exit, stdout, _) = Generate(_dir.Path);

        Assert.Equal(0, exit);
        Assert.StartsWith($"Wrote 20 mentors and 20 mentees (seed {SyntheticCohortOptions.DefaultSeed})", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_is_kept_unless_force_is_given()
    {
        var file = _dir.Write(GenerateCommand.FileName, "precious HR data\n");

        var (exit, stdout, stderr) = Generate(_dir.Path, "--mentors", "3");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("already exists; give --force to replace it", stderr, StringComparison.Ordinal);
        Assert.Equal("precious HR data\n", File.ReadAllText(file));

        Assert.Equal(0, Generate(_dir.Path, "--mentors", "3", "--force").Exit);
        Assert.StartsWith("id,name,role,", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal([GenerateCommand.FileName], _dir.FileNames());
    }

    [Theory]
    [InlineData("--mentors", "-1")]
    [InlineData("--mentees", "-5")]
    [InlineData("--mentors", "100001")]
    [InlineData("--mentees", "99999999999")]
    [InlineData("--mentors", "abc")]
    [InlineData("--mentors", "2.5")]
    [InlineData("--seed", "x")]
    public void Bad_numbers_exit_2_and_write_nothing(string option, string value)
    {
        var outDir = Path.Combine(_dir.Path, "out");

        var (exit, stdout, stderr) = Generate(outDir, option, value);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Zero_on_both_sides_writes_a_header_only()
    {
        Assert.Equal(0, Generate(_dir.Path, "--mentors", "0", "--mentees", "0").Exit);

        Assert.Equal(
            "id,name,role,department,manager_id,seniority,location,utc_offset,languages,capacity\n",
            File.ReadAllText(_dir.File(GenerateCommand.FileName)));
    }

    [Fact]
    public void An_output_path_that_is_a_file_exits_2()
    {
        var file = _dir.Write("not-a-dir", "x");

        var (exit, stdout, stderr) = Generate(file);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("is a file, not a directory", stderr, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(file));
    }
}
