using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class ReportCommandTests : IDisposable
{
    private const string SmallCohort =
        "id,name,role,department,manager_id,seniority,skill:Technology,goal:Technology\n"
        + "boss,Big Boss,mentee,Board,,6,0,1\n"
        + "vp,\"<script>alert(1)</script>\",mentee,Sales,boss,5,1,0.8\n"
        + "jun,June Park,mentor,Sales,vp,1,5,\n"
        + "kai,Kai Berg,mentor,IT,,1,3,\n";

    private static readonly string[] FourFiles = ["pairs.csv", "report.html", "report.md", "result.json"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Match_out_writes_the_four_files_and_nothing_else()
    {
        var outDir = _dir.File("out");
        var jsonPath = _dir.File("same.json");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--out", outDir, "--json", jsonPath);

        Assert.True(exit == 0, stderr);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("status Optimal", stdout, StringComparison.Ordinal);
        Assert.Equal(FourFiles, Names(outDir));
        Assert.Equal(File.ReadAllText(jsonPath), File.ReadAllText(Path.Combine(outDir, "result.json")));

        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "result.json"))).RootElement;
        var csv = File.ReadAllLines(Path.Combine(outDir, "pairs.csv"));
        Assert.Equal("mentee,mentor,score,SkillGap,Reciprocal,NetworkReach", csv[0]);
        Assert.Equal(json.GetProperty("pairCount").GetInt32() + 1, csv.Length);
        Assert.StartsWith("# Reverse-mentoring pairing report", File.ReadAllText(Path.Combine(outDir, "report.md")), StringComparison.Ordinal);
        var html = ParseXml(File.ReadAllText(Path.Combine(outDir, "report.html")));
        Assert.Equal(2, html.Descendants("svg").Count());
        Assert.Contains(html.Descendants("td"), td => td.Value.Contains("Margaret Holloway (exec-ceo)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("report")]
    [InlineData("match")]
    public void Culture_es_writes_the_report_in_Spanish(string verb)
    {
        var outDir = _dir.File("out");
        var path = verb == "report" ? _dir.File("informe.html") : Path.Combine(outDir, "report.html");
        string[] args = verb == "report"
            ? ["report", "--sample", "--out", path, "--culture", "es"]
            : ["match", "--sample", "--out", outDir, "--culture", "es"];

        var (exit, _, stderr) = CliRunner.Run(args);

        Assert.True(exit == 0, stderr);
        var html = ParseXml(File.ReadAllText(path));
        var headings = html.Descendants("h2").Select(h => h.Value).ToArray();
        Assert.Contains("Resumen", headings);
        Assert.Contains("Sin emparejar", headings);
        Assert.DoesNotContain("Summary", headings);
        if (verb == "match")
        {
            Assert.StartsWith("# Informe de emparejamientos", File.ReadAllText(Path.Combine(outDir, "report.md")), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("klingon-xx")]
    [InlineData("")]
    public void Unknown_culture_is_exit_2_with_a_clear_message_and_no_file(string culture)
    {
        var path = _dir.File("report.html");

        var (exit, _, stderr) = CliRunner.Run("report", "--sample", "--out", path, "--culture", culture);

        Assert.Equal(2, exit);
        Assert.Contains($"--culture '{culture}' is not a language rmatch writes; use one of en, es.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Match_out_replaces_files_of_an_earlier_run()
    {
        var outDir = Directory.CreateDirectory(_dir.File("out")).FullName;
        File.WriteAllText(Path.Combine(outDir, "report.md"), "old");

        var (exit, _, stderr) = CliRunner.Run("match", "--participants", _dir.Write("people.csv", SmallCohort), "--out", outDir, "--force");

        Assert.True(exit == 0, stderr);
        Assert.Equal(FourFiles, Names(outDir));
        var markdown = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains(@"\<script\>alert(1)\</script\>", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", File.ReadAllText(Path.Combine(outDir, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_participants_file_with_out_exits_2_and_creates_nothing()
    {
        var input = _dir.Write("people.csv", "id,role,seniority\nana,mentor,one\n");
        var outDir = _dir.File("out");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", input, "--out", outDir);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith($"{input}:2:3: ", stderr, StringComparison.Ordinal);
        Assert.Equal(["people.csv"], _dir.FileNames());
    }

    [Fact]
    public void A_failed_write_leaves_none_of_the_new_files_and_no_temporary_file()
    {
        // report.html is a directory, so the last of the four files cannot be written.
        var outDir = Directory.CreateDirectory(_dir.File("out")).FullName;
        Directory.CreateDirectory(Path.Combine(outDir, "report.html"));

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--out", outDir);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("report.html", stderr, StringComparison.Ordinal);
        Assert.Equal(["report.html"], Names(outDir));
    }

    [Fact]
    public void A_failed_out_writes_no_json_file_either()
    {
        // --json FILE and --out DIR are one set: report.html cannot be written, so the JSON file is not created.
        var outDir = Directory.CreateDirectory(_dir.File("out")).FullName;
        Directory.CreateDirectory(Path.Combine(outDir, "report.html"));
        var jsonPath = _dir.File("result.json");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--json", jsonPath, "--out", outDir);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("report.html", stderr, StringComparison.Ordinal);
        Assert.Equal(["out"], _dir.FileNames());
        Assert.Equal(["report.html"], Names(outDir));
    }

    [Fact]
    public void A_failed_out_keeps_the_earlier_json_file_and_report_files()
    {
        var outDir = Directory.CreateDirectory(_dir.File("out")).FullName;
        File.WriteAllText(Path.Combine(outDir, "report.md"), "old report");
        Directory.CreateDirectory(Path.Combine(outDir, "pairs.csv"));
        var jsonPath = _dir.Write("result.json", "old json");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--json", jsonPath, "--out", outDir, "--force");

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("pairs.csv", stderr, StringComparison.Ordinal);
        Assert.Equal("old json", File.ReadAllText(jsonPath));
        Assert.Equal("old report", File.ReadAllText(Path.Combine(outDir, "report.md")));
        Assert.Equal(["pairs.csv", "report.md"], Names(outDir));
        Assert.Equal(["out", "result.json"], _dir.FileNames());
    }

    [Fact]
    public void A_json_file_in_the_out_directory_may_be_the_result_file_itself()
    {
        var outDir = _dir.File("out");

        var (exit, _, stderr) = CliRunner.Run("match", "--sample", "--json", Path.Combine(outDir, "result.json"), "--out", outDir);

        Assert.True(exit == 0, stderr);
        Assert.Equal(FourFiles, Names(outDir));
    }

    [Fact]
    public void An_out_path_that_is_a_file_exits_2()
    {
        var outFile = _dir.Write("taken", "x");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--out", outFile);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal($"{outFile}: is a file, not a directory.", stderr.TrimEnd());
        Assert.Equal("x", File.ReadAllText(outFile));
    }

    [Fact]
    public void A_missing_out_directory_is_created_with_its_parents()
    {
        var outDir = Path.Combine(_dir.Path, "a", "b");

        var (exit, _, stderr) = CliRunner.Run("match", "--sample", "--out", outDir);

        Assert.True(exit == 0, stderr);
        Assert.Equal(FourFiles, Names(outDir));
    }

    [Theory]
    [InlineData("report.html", null, true)]
    [InlineData("report.HTM", null, true)]
    [InlineData("report.md", null, false)]
    [InlineData("report.txt", "html", true)]
    [InlineData("report.html", "md", false)]
    public void Report_writes_only_the_report_in_the_format_asked(string name, string? format, bool html)
    {
        var input = _dir.Write("people.csv", SmallCohort);
        var path = _dir.File(name);
        string[] args = ["report", "--participants", input, "--out", path, .. format is null ? Array.Empty<string>() : ["--format", format]];

        var (exit, stdout, stderr) = CliRunner.Run(args);

        Assert.True(exit == 0, stderr);
        Assert.Equal($"{path}: report written (1 pair, 2 unmatched).", stdout.TrimEnd());
        Assert.Equal(["people.csv", name], _dir.FileNames().Order(StringComparer.Ordinal));
        var text = File.ReadAllText(path);
        if (html)
        {
            Assert.StartsWith("<!DOCTYPE html>", text, StringComparison.Ordinal);
            ParseXml(text);
        }
        else
        {
            Assert.StartsWith("# Reverse-mentoring pairing report", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_on_the_sample_works()
    {
        var path = _dir.File("sample.html");

        var (exit, _, stderr) = CliRunner.Run("report", "--sample", "--out", path);

        Assert.True(exit == 0, stderr);
        Assert.Contains("LinearSumAssignment", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_with_an_unknown_extension_and_no_format_exits_2_before_reading_anything()
    {
        var path = _dir.File("report.pdf");

        var (exit, stdout, stderr) = CliRunner.Run("report", "--participants", _dir.File("missing.csv"), "--out", path);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("--format", stderr, StringComparison.Ordinal);
        Assert.Empty(_dir.FileNames());
    }

    [Fact]
    public void Report_with_a_bad_participants_file_exits_2_with_the_position_and_leaves_the_old_report()
    {
        var input = _dir.Write("people.csv", "id,role\nana,teacher\n");
        var path = _dir.Write("report.html", "previous");

        var (exit, stdout, stderr) = CliRunner.Run("report", "--participants", input, "--out", path, "--force");

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith($"{input}:2:2: ", stderr, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["people.csv", "report.html"], _dir.FileNames());
    }

    [Fact]
    public void Report_into_a_missing_directory_exits_2()
    {
        var path = Path.Combine(_dir.Path, "nowhere", "report.md");

        var (exit, stdout, stderr) = CliRunner.Run("report", "--sample", "--out", path);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith(path, stderr, StringComparison.Ordinal);
        Assert.Empty(_dir.FileNames());
    }

    [Theory]
    [InlineData(new string[] { "report", "--sample" }, "--out")]
    [InlineData(new string[] { "report", "--out", "r.html" }, "--participants FILE or --sample")]
    [InlineData(new string[] { "report", "--sample", "--out", "r.html", "--format", "pdf" }, "pdf")]
    public void Bad_report_options_exit_2_with_nothing_on_stdout(string[] args, string mentioned)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains(mentioned, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_report_verb_and_the_out_option()
    {
        Assert.Contains("report", CliRunner.Run("--help").Stdout, StringComparison.Ordinal);
        Assert.Contains("--out", CliRunner.Run("match", "--help").Stdout, StringComparison.Ordinal);
        Assert.Contains("--format", CliRunner.Run("report", "--help").Stdout, StringComparison.Ordinal);
    }

    private static string[] Names(string directory) =>
        [.. Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static XDocument ParseXml(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }
}
