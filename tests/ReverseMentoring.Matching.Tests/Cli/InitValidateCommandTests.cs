using ReverseMentoring.Matching.Cli;
using ReverseMentoring.Matching.Configuration;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class InitValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Init_writes_a_commented_config_that_loads_back_as_the_defaults()
    {
        var path = _dir.File("run.jsonc");

        var (exit, stdout, stderr) = CliRunner.Run("init", "--out", path);

        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.Contains(path, stdout, StringComparison.Ordinal);
        var text = File.ReadAllText(path);
        Assert.Contains("// ", text, StringComparison.Ordinal);
        foreach (var option in (string[])["weights", "skillGap", "reportingLine", "timeZoneWindowHours", "historyFile", "objective", "priority", "minimumScore", "pinnedPairs", "roleRules", "ignoreOtherColumns", "derive"])
        {
            Assert.Contains($"\"{option}\"", text, StringComparison.Ordinal);
        }

        Assert.Equal(MatchingConfig.Default.ToJson(), MatchingConfig.Load(path).ToJson());
        Assert.Equal(["run.jsonc"], _dir.FileNames());
    }

    [Theory]
    [InlineData("run.json")]
    [InlineData("my config.jsonc")]
    public void Init_header_names_the_file_it_writes(string name)
    {
        var path = _dir.File(name);

        var (exit, _, stderr) = CliRunner.Run("init", "--out", path);

        Assert.True(exit == 0, stderr);
        var header = File.ReadLines(path).First();
        var quoted = name.Contains(' ', StringComparison.Ordinal) ? $"'{path}'" : path;
        Assert.EndsWith($"--config {quoted}", header, StringComparison.Ordinal);
        Assert.DoesNotContain(InitCommand.DefaultFile, header, StringComparison.Ordinal);
        Assert.Equal(MatchingConfig.Default.ToJson(), MatchingConfig.Load(path).ToJson());
    }

    [Fact]
    public void Init_refuses_to_overwrite_unless_forced()
    {
        var path = _dir.Write("run.json", "mine");

        var (exit, stdout, stderr) = CliRunner.Run("init", "--out", path);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal($"{path}: already exists; use --force to overwrite it.", stderr.TrimEnd());
        Assert.Equal("mine", File.ReadAllText(path));

        Assert.Equal(0, CliRunner.Run("init", "--out", path, "--force").Exit);
        Assert.Equal(MatchingConfig.Default.ToJson(), MatchingConfig.Load(path).ToJson());
        Assert.Equal(["run.json"], _dir.FileNames());
    }

    [Fact]
    public void Init_into_a_missing_folder_exits_2_and_leaves_nothing()
    {
        var (exit, stdout, stderr) = CliRunner.Run("init", "--out", _dir.File("no/such/run.json"));

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
        Assert.Empty(_dir.FileNames());
    }

    [Fact]
    public void Validate_lists_every_problem_on_stderr_and_exits_2()
    {
        var path = _dir.Write("people.csv", "id,role,seniority,manager_id\na,boss,1,\nb,mentor,x,c\nc,mentee,5,b\nc,mentee,5,\n");

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", path);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal(
            [
                $"{path}:2:2: The role 'boss' is not valid; expected mentor or mentee.",
                $"{path}:3:3: The seniority is 'x', which is not a number; expected a decimal such as 0.75, -2 or 1.5e-3.",
                $"{path}:5:1: The id 'c' is already used on line 4.",
                $"{path}: 3 problems found.",
            ],
            stderr.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Validate_reports_a_seniority_level_out_of_range_at_its_cell()
    {
        var path = _dir.Write("people.csv", "id,role,seniority,skill:Technology\na,mentor,7000000,5\nb,mentee,101,1\nc,mentee,42,6\n");

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", path);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal(
            [
                $"{path}:2:3: Participant 'a': seniority must be between 0 and 100, but was 7000000.",
                $"{path}:3:3: Participant 'b': seniority must be between 0 and 100, but was 101.",
                $"{path}:4:4: Participant 'c': skill:Technology must be between 0 and 5, but was 6.",
                $"{path}: 3 problems found.",
            ],
            stderr.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Validate_a_clean_export_prints_a_summary_and_exits_0()
    {
        var people = _dir.Write("hr.csv", "\uFEFFEmployee ID;Band;Email\nj1;1;a@x\nj2;2;b@x\ne1;5;c@x\n");
        var config = _dir.Write("run.json", """
            { "columns": { "ignoreOtherColumns": true,
              "roleRules": [{ "column": "Band", "atMost": 2, "role": "mentor" }, { "column": "Band", "atLeast": 4, "role": "mentee" }] } }
            """);

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", people, "--config", config, "--column", "id=Employee ID");

        // No skill columns: a warning, not an error.
        Assert.Equal((0, true), (exit, stderr.StartsWith("rmatch: warning: No mentor has a skill level", StringComparison.Ordinal)));
        Assert.Equal($"{people}: no problems; 3 participants (2 mentors, 1 mentee).", stdout.TrimEnd());
    }

    [Fact]
    public void Validate_reads_json_participants()
    {
        var path = _dir.Write("people.json", "[\n  { \"id\": \"a\", \"role\": \"mentor\", \"seniority\": \"x\" },\n  { \"id\": \"b\", \"role\": \"mentee\", \"capacity\": 0 }\n]");

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", path);

        Assert.Equal((2, string.Empty), (exit, stdout));
        var lines = stderr.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{path}:2:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{path}:3:", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"rulez\": {} }", "run.json:1:3: Unknown property 'rulez'")]
    [InlineData("{ \"objective\": 3 }", "run.json:1:3: 'objective' must be one of")]
    public void A_bad_config_exits_2_naming_file_line_and_column(string json, string expected)
    {
        var config = _dir.Write("run.json", json);
        var people = _dir.Write("people.csv", "id,role\na,mentor\n");

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", people, "--config", config);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith(Path.Combine(_dir.Path, expected), stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("=Employee")]
    [InlineData("salary=Pay")]
    public void A_malformed_column_option_exits_2(string column)
    {
        var people = _dir.Write("people.csv", "id,role\na,mentor\n");

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", people, "--column", column);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith($"rmatch: --column '{column}'", stderr, StringComparison.Ordinal);
    }
}
