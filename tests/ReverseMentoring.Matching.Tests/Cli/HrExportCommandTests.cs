using System.Text.Json;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>
/// An HR export as it comes (Data/hr-export.csv: EmployeeNumber, Department, JobLevel 1-5, other columns, no skill
/// columns) is paired from the command line alone: role rules leave out the middle levels, other columns are skipped.
/// </summary>
public sealed class HrExportCommandTests : IDisposable
{
    // 40 rows: 15 at JobLevel 1 (mentors), 6 at 4-5 (mentees), 19 at 2-3 (in neither role).
    private static readonly string Export = Path.Combine(AppContext.BaseDirectory, "Data", "hr-export.csv");

    private static readonly string[] Mapping =
    [
        "--column", "id=EmployeeNumber", "--column", "department=Department", "--column", "seniority=JobLevel",
        "--role-rule", "mentor:JobLevel<=1", "--role-rule", "mentee:JobLevel>=4", "--ignore-other-columns",
    ];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static JsonElement[] Pairs(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("pairs").EnumerateArray()];

    [Fact]
    public void Match_pairs_the_export_from_the_command_line_and_says_who_was_left_out()
    {
        var (exit, stdout, stderr) = CliRunner.Run(["match", "--participants", Export, .. Mapping, "--json", "-"]);

        Assert.True(exit == 0, stderr);
        Assert.Equal(6, Pairs(stdout).Length);
        Assert.Contains("19 rows are in neither role and were left out", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_counts_the_rows_left_out()
    {
        var (exit, stdout, stderr) = CliRunner.Run(["validate", "--participants", Export, .. Mapping]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("21 participants (15 mentors, 6 mentees)", stdout, StringComparison.Ordinal);
        Assert.Contains("19 rows are in neither role and were left out", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exclude_rule_leaves_rows_out_even_when_a_role_rule_matches()
    {
        var (exit, stdout, stderr) = CliRunner.Run(
        [
            "validate", "--participants", Export, .. Mapping, "--role-rule", "mentee:JobLevel>=3", "--role-rule", "exclude:JobLevel=3",
        ]);

        Assert.True(exit == 0, stderr);
        Assert.Contains("21 participants (15 mentors, 6 mentees)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_names_the_flag_that_skips_it()
    {
        var (exit, stdout, stderr) = CliRunner.Run(
            "match", "--participants", Export, "--column", "id=EmployeeNumber", "--column", "seniority=JobLevel",
            "--role-rule", "mentor:JobLevel<=1", "--role-rule", "mentee:JobLevel>=4");

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith($"{Export}:1:1: Unknown column 'Age'", stderr, StringComparison.Ordinal);
        Assert.Contains("--ignore-other-columns", stderr, StringComparison.Ordinal);
        Assert.Contains("ignoreOtherColumns", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JobLevel<=1", "is not role:condition")]
    [InlineData("boss:JobLevel<=1", "'boss' is not a role")]
    [InlineData("mentor:JobLevel<1", "bounds are inclusive")]
    [InlineData("mentor:JobLevel<=one", "'one' is not a number")]
    [InlineData("mentor:JobLevel=3..1", "can never match")]
    [InlineData("mentor:<=1", "names no column")]
    public void A_malformed_role_rule_exits_2_with_the_syntax(string rule, string problem)
    {
        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", Export, "--role-rule", rule);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith($"rmatch: --role-rule '{rule}': ", stderr, StringComparison.Ordinal);
        Assert.Contains(problem, stderr, StringComparison.Ordinal);
        Assert.Contains("mentor:JobLevel<=1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_skill_columns_match_warns_on_stderr_that_scores_are_network_reach_alone()
    {
        var (exit, stdout, stderr) = CliRunner.Run(["match", "--participants", Export, .. Mapping, "--json", "-"]);

        Assert.True(exit == 0, stderr);
        Assert.All(Pairs(stdout), p => Assert.Equal(0.075, p.GetProperty("score").GetDouble(), 6));
        Assert.Contains("warning: ", stderr, StringComparison.Ordinal);
        Assert.Contains("network reach alone", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_skills_and_goals_make_scores_more_than_network_reach()
    {
        // Juniors' technology skill from their job role; everyone's wish to learn it from the department.
        var config = _dir.Write("run.json", """
            { "columns": { "derive": {
                "skill:Technology": { "column": "JobRole", "default": 1,
                                      "values": { "Laboratory Technician": 4, "Research Scientist": 5, "Sales Representative": 2 } },
                "goal:Technology": { "column": "department", "values": { "Sales": 1, "Human Resources": 1, "Research & Development": 0.5 } } } } }
            """);

        var (exit, stdout, stderr) = CliRunner.Run(["match", "--participants", Export, .. Mapping, "--config", config, "--json", "-"]);

        Assert.True(exit == 0, stderr);
        var pairs = Pairs(stdout);
        Assert.Equal(6, pairs.Length);
        Assert.All(pairs, p => Assert.True(p.GetProperty("score").GetDouble() > 0.3, p.ToString()));
        Assert.DoesNotContain("warning: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_a_derive_does_not_list_names_file_line_and_column()
    {
        var config = _dir.Write("run.json", """
            { "columns": { "derive": { "skill:Technology": { "column": "Department", "values": { "Sales": 1 } } } } }
            """);

        var (exit, stdout, stderr) = CliRunner.Run(["validate", "--participants", Export, .. Mapping, "--config", config]);

        Assert.Equal((2, string.Empty), (exit, stdout));
        // Lines 2, 3 and 5 are left out (JobLevel 2) and line 4 is in Sales; line 6 is the first in R&D. Department is the 4th column.
        Assert.StartsWith($"{Export}:6:4: The value 'Research & Development' of 'Department' is not listed in derive 'skill:Technology'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_level_out_of_range_is_a_config_error_at_its_place()
    {
        var config = _dir.Write("run.json", "{ \"columns\": { \"derive\": {\n  \"goal:Technology\": { \"column\": \"Department\", \"values\": { \"Sales\": 3 } } } } }");

        var (exit, stdout, stderr) = CliRunner.Run(["validate", "--participants", Export, .. Mapping, "--config", config]);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith($"{config}:2:", stderr, StringComparison.Ordinal);
        Assert.Contains("0 to 1", stderr, StringComparison.Ordinal);
    }
}
