using System.Text.Json;
using ReverseMentoring.Matching.Cli;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class MatchConfigCommandTests : IDisposable
{
    // Mentors j1 (Tech 5) and j2 (Social 5); mentees want Tech (e1) and Social (e2); j1 reports to e1.
    private const string Export =
        "\"Emp #\";\"Full Name\";Grade;\"Skill - Technology\";\"Skill - SocialMedia\";\"Technology goal\";\"SocialMedia goal\";\"Reports To\"\n"
        + "j1;Ana;1;5;0;0;0;e1\nj2;Bo;1;0;5;0;0;\ne1;Cfo;5;0;0;1;0;\ne2;Cmo;5;0;0;0;1;\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Config(string rules) => _dir.Write("run.json", $$"""
        { "columns": { "id": "Emp #", "name": "Full Name", "seniority": "Grade", "managerId": "Reports To",
                       "skill": "Skill - {area}", "goal": "{area} goal",
                       "roleRules": [{ "column": "seniority", "atMost": 2, "role": "mentor" }, { "column": "seniority", "atLeast": 4, "role": "mentee" }] },
          "rules": {{rules}} }
        """);

    private static (string Mentee, string Mentor)[] Pairs(string jsonPath) =>
        [.. JsonDocument.Parse(File.ReadAllText(jsonPath)).RootElement.GetProperty("pairs").EnumerateArray()
            .Select(p => (p.GetProperty("mentee").GetString()!, p.GetProperty("mentor").GetString()!))];

    [Fact]
    public void Match_reads_an_export_through_the_config_and_applies_its_rules()
    {
        var people = _dir.Write("hr.csv", Export);
        var output = _dir.File("out.json");

        // The reporting-line rule is off, so j1 can teach e1 what e1 wants.
        var (exit, _, stderr) = CliRunner.Run("match", "--participants", people, "--config", Config("""{ "reportingLine": false }"""), "--json", output);

        Assert.True(exit == 0, stderr);
        Assert.Equal([("e1", "j1"), ("e2", "j2")], Pairs(output).Order());
    }

    [Fact]
    public void Report_reads_the_export_through_the_same_config()
    {
        var people = _dir.Write("hr.csv", Export);
        var report = _dir.File("report.md");

        var (exit, _, stderr) = CliRunner.Run("report", "--participants", people, "--config", Config("""{ "reportingLine": false }"""), "--out", report);

        Assert.True(exit == 0, stderr);
        var text = File.ReadAllText(report);
        Assert.Contains("j1", text, StringComparison.Ordinal);
        Assert.Contains("e2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_from_the_config_change_the_pairing()
    {
        var people = _dir.Write("hr.csv", Export);
        var output = _dir.File("out.json");

        // Reporting line on (the default) excludes j1-e1, and j1-e2 is forbidden: j1 has nobody; j2 takes e2, who wants its skill.
        var (exit, _, stderr) = CliRunner.Run(
            "match", "--participants", people, "--config", Config("""{ "forbiddenPairs": [{ "mentor": "j1", "mentee": "e2" }] }"""), "--json", output);

        Assert.True(exit == 0, stderr);
        Assert.Equal([("e2", "j2")], Pairs(output));
    }

    [Fact]
    public void Column_options_override_the_config_mapping()
    {
        var people = _dir.Write("hr.csv", Export.Replace("\"Emp #\"", "Staff", StringComparison.Ordinal));
        var output = _dir.File("out.json");

        var (exit, _, stderr) = CliRunner.Run(
            "match", "--participants", people, "--config", Config("{}"), "--column", "id=Staff", "--json", output);

        Assert.True(exit == 0, stderr);
        Assert.Equal(2, Pairs(output).Length);
    }

    [Fact]
    public void Match_accepts_json_participants()
    {
        var people = _dir.Write("people.json", """
            [ { "id": "ana", "role": "mentor", "seniority": 1, "skills": { "Technology": 5 } },
              { "id": "cfo", "role": "mentee", "seniority": 6, "goals": { "Technology": 1 } } ]
            """);
        var output = _dir.File("out.json");

        var (exit, _, stderr) = CliRunner.Run("match", "--participants", people, "--json", output);

        Assert.True(exit == 0, stderr);
        Assert.Equal([("cfo", "ana")], Pairs(output));
    }

    [Theory]
    [InlineData("people.json", "[{ \"id\": \"a\", \"role\": \"mentor\", \"seniority\": \"x\" }]", ":1:")]
    [InlineData("people.csv", "id,role\na,mentor\n\nb,mentee\n", ":3:1: ")]
    [InlineData("people.csv", "Emp,Band\n1,3\n", ":1:1: The header has no 'Emp #' column (for id)")]
    public void Bad_input_exits_2_with_the_place_and_writes_no_file(string name, string text, string place)
    {
        var people = _dir.Write(name, text);
        var config = name.EndsWith(".csv", StringComparison.Ordinal) && text.StartsWith("Emp", StringComparison.Ordinal) ? Config("{}") : null;
        var output = _dir.File("out.json");
        string[] args = ["match", "--participants", people, "--json", output, .. config is null ? Array.Empty<string>() : ["--config", config]];

        var (exit, stdout, stderr) = CliRunner.Run(args);

        Assert.Equal((CliApp.BadInput, string.Empty), (exit, stdout));
        Assert.StartsWith(people + place, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_pinned_pair_that_breaks_a_config_rule_exits_2()
    {
        var people = _dir.Write("hr.csv", Export);
        var config = _dir.Write("pin.json", """
            { "columns": { "id": "Emp #", "name": "Full Name", "seniority": "Grade", "managerId": "Reports To", "skill": "Skill - {area}", "goal": "{area} goal",
                           "roleRules": [{ "column": "seniority", "atMost": 2, "role": "mentor" }, { "column": "seniority", "atLeast": 4, "role": "mentee" }] },
              "pinnedPairs": [{ "mentor": "j1", "mentee": "e1" }] }
            """);

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", people, "--config", config, "--json", _dir.File("out.json"));

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Contains("reporting line", stderr, StringComparison.Ordinal);
        Assert.Equal(["hr.csv", "pin.json"], _dir.FileNames());
    }

    [Theory]
    [InlineData("match", "{ \"mentor\": \"j1\", \"mentee\": \"e1\" }", "The pinned pair j1 -> e1 breaks the rule 'reporting line'")]
    [InlineData("match", "{ \"mentor\": \"j9\", \"mentee\": \"e2\" }", "The pinned pair j9 -> e2 names 'j9', who is not a mentor of the cohort.")]
    [InlineData("report", "{ \"mentor\": \"j2\", \"mentee\": \"e9\" }", "The pinned pair j2 -> e9 names 'e9', who is not a mentee of the cohort.")]
    [InlineData("match", "{ \"mentor\": \"j2\", \"mentee\": \"e2\" }", "The pinned pair j2 -> e2 is given twice.")]
    [InlineData("report", "{ \"mentor\": \"j2\", \"mentee\": \"e1\" }", "The pinned pair j2 -> e1 goes over the capacity of mentor 'j2': 1 partner, all pinned already.")]
    public void A_bad_pinned_pair_is_reported_at_its_entry_in_the_config(string command, string entry, string problem)
    {
        var people = _dir.Write("hr.csv", Export);
        var config = _dir.Write("pin.json", $$"""
            { "columns": { "id": "Emp #", "name": "Full Name", "seniority": "Grade", "managerId": "Reports To", "skill": "Skill - {area}", "goal": "{area} goal",
                           "roleRules": [{ "column": "seniority", "atMost": 2, "role": "mentor" }, { "column": "seniority", "atLeast": 4, "role": "mentee" }] },
              "pinnedPairs": [
                { "mentor": "j2", "mentee": "e2" },
                  {{entry}}
              ] }
            """);
        var output = _dir.File(command == "match" ? "out.json" : "report.md");

        var (exit, stdout, stderr) = CliRunner.Run(command, "--participants", people, "--config", config, command == "match" ? "--json" : "--out", output);

        Assert.Equal((CliApp.BadInput, string.Empty), (exit, stdout));
        Assert.StartsWith($"{config}:5:7: {problem}", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
