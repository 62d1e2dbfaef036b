using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>
/// Outputs never replace an input, and replace an existing file only with <c>--force</c>; <c>match --out</c> says where
/// its files went.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string People =
        "id,role,seniority,skill:Technology,goal:Technology\n"
        + "jun,mentor,1,5,\n"
        + "exe,mentee,5,1,1\n";

    private static readonly string[] FourFiles = ["pairs.csv", "report.html", "report.md", "result.json"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Match_out_names_the_folder_and_files_after_the_table()
    {
        var outDir = _dir.File("out");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--out", outDir);

        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.Equal(
            $"Wrote pairs.csv, result.json, report.md and report.html to {outDir}.",
            stdout.TrimEnd().Split('\n')[^1].TrimEnd('\r'));
    }

    [Fact]
    public void Match_out_with_json_to_stdout_keeps_stdout_pure_json_and_says_it_on_stderr()
    {
        var outDir = _dir.File("out");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--out", outDir, "--json", "-");

        Assert.Equal(0, exit);
        System.Text.Json.JsonDocument.Parse(stdout).Dispose();
        Assert.Equal($"Wrote pairs.csv, result.json, report.md and report.html to {outDir}.", stderr.TrimEnd());
    }

    [Fact]
    public void Match_out_quiet_prints_nothing()
    {
        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--out", _dir.File("out"), "--quiet");

        Assert.Equal((0, string.Empty, string.Empty), (exit, stdout, stderr));
        Assert.Equal(FourFiles, Directory.GetFiles(_dir.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--config")]
    public void Match_refuses_to_write_the_json_over_an_input_even_with_force(string which)
    {
        var people = _dir.Write("people.csv", People);
        var config = _dir.Write("run.json", "{}");
        var target = which == "--json" ? people : config;
        var before = File.ReadAllText(target);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, target);

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", people, "--config", config, "--json", relative, "--force");

        Assert.Equal((2, string.Empty), (exit, stdout));
        var what = which == "--json" ? "participants" : "config";
        Assert.Equal($"{relative}: is the {what} file (an input); refusing to overwrite it.", stderr.TrimEnd());
        Assert.Equal(before, File.ReadAllText(target));
        Assert.Equal(["people.csv", "run.json"], _dir.FileNames());
    }

    [Fact]
    public void Match_out_refuses_a_folder_where_an_input_would_be_replaced()
    {
        var people = _dir.Write("pairs.csv", People);

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", people, "--out", _dir.Path, "--force");

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("is the participants file (an input); refusing to overwrite it.", stderr, StringComparison.Ordinal);
        Assert.Equal(People, File.ReadAllText(people));
        Assert.Equal(["pairs.csv"], _dir.FileNames());
    }

    [Fact]
    public void Report_refuses_to_write_over_its_input()
    {
        var people = _dir.Write("people.md", People);

        var (exit, stdout, stderr) = CliRunner.Run("report", "--participants", _dir.Write("people.csv", People), "--out", people, "--force");
        Assert.Equal(0, exit); // another file with the same text is not an input

        (exit, stdout, stderr) = CliRunner.Run("report", "--participants", people, "--out", people, "--force", "--format", "md");
        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal($"{people}: is the participants file (an input); refusing to overwrite it.", stderr.TrimEnd());
    }

    [Fact]
    public void Match_json_file_is_replaced_only_with_force()
    {
        var json = _dir.Write("pairing.json", "mine");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--json", json);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal($"{json}: already exists; use --force to overwrite it.", stderr.TrimEnd());
        Assert.Equal("mine", File.ReadAllText(json));

        Assert.Equal(0, CliRunner.Run("match", "--sample", "--json", json, "--force").Exit);
        Assert.StartsWith("{", File.ReadAllText(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Match_out_replaces_earlier_files_only_with_force_and_then_all_or_nothing()
    {
        var outDir = Directory.CreateDirectory(_dir.File("out")).FullName;
        var report = Path.Combine(outDir, "report.md");
        File.WriteAllText(report, "old");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--out", outDir);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal($"{report}: already exists; use --force to overwrite it.", stderr.TrimEnd());
        Assert.Equal(["report.md"], Directory.GetFiles(outDir).Select(Path.GetFileName));
        Assert.Equal("old", File.ReadAllText(report));

        Assert.Equal(0, CliRunner.Run("match", "--sample", "--out", outDir, "--force").Exit);
        Assert.NotEqual("old", File.ReadAllText(report));
    }

    [Fact]
    public void Report_out_is_replaced_only_with_force()
    {
        var path = _dir.Write("report.html", "mine");

        var (exit, stdout, stderr) = CliRunner.Run("report", "--sample", "--out", path);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal($"{path}: already exists; use --force to overwrite it.", stderr.TrimEnd());
        Assert.Equal("mine", File.ReadAllText(path));

        Assert.Equal(0, CliRunner.Run("report", "--sample", "--out", path, "--force").Exit);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.OrdinalIgnoreCase);
    }
}
