using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

public class ColumnMappingTests
{
    // A spreadsheet export: BOM, ';' separators, quoted headers with spaces, '&' and quotes, a decimal comma, extra columns.
    private const string Export =
        "\uFEFF\"Employee ID\";\"Full Name\";\"Job \"\"Grade\"\"\";\"Dept & Team\";\"Reports To\";\"Skill - Technology\";\"Skill - Social Media\";\"Technology goal\";Email\r\n"
        + "j1;\"Lima; Ana\";1;R&D;e1;5;3,5;0;ana@x\r\n"
        + "e1;Chris Fox;6;Finance;;1;0;0,75;chris@x\r\n";

    private static readonly ColumnMapping ExportMapping = ColumnMapping.Default with
    {
        Id = "employee id",
        Name = "Full Name",
        Seniority = "Job \"Grade\"",
        Department = "Dept & Team",
        ManagerId = "Reports To",
        SkillPattern = "Skill - {area}",
        GoalPattern = "{area} goal",
        IgnoreOtherColumns = true,
        RoleRules = [new RoleRule("seniority", ParticipantRole.Mentee) { AtLeast = 4 }, new RoleRule("seniority", ParticipantRole.Mentor) { AtMost = 2 }],
    };

    private static IReadOnlyList<Participant> Read(string text, ColumnMapping mapping) =>
        ParticipantCsv.Read(new StringReader(text), "hr.csv", mapping);

    private static CsvFormatException Fails(string text, ColumnMapping mapping) =>
        Assert.Throws<CsvFormatException>(() => Read(text, mapping));

    [Fact]
    public void Reads_a_semicolon_export_with_odd_headers_patterns_and_role_rules()
    {
        var people = Read(Export, ExportMapping);

        Assert.Equal(["j1", "e1"], people.Select(p => p.Id));
        var ana = people[0];
        Assert.Equal(("Lima; Ana", ParticipantRole.Mentor, 1d, "R&D", "e1"), (ana.Name, ana.Role, ana.Seniority, ana.Department, ana.ManagerId));
        Assert.Equal(5, ana.SkillIn("Technology"));
        Assert.Equal(3.5, ana.SkillIn("Social Media"));
        Assert.Equal(0, ana.GoalIn("Technology"));
        var chris = people[1];
        Assert.Equal((ParticipantRole.Mentee, 6d, 0.75), (chris.Role, chris.Seniority, chris.GoalIn("technology")));
        Assert.Null(chris.ManagerId);
    }

    [Fact]
    public void Tab_separated_files_are_detected_too()
    {
        var people = Read("id\trole\tseniority\nana\tmentor\t1,5\n", ColumnMapping.Default);

        Assert.Equal(1.5, Assert.Single(people).Seniority);
    }

    [Fact]
    public void Role_values_map_an_exports_own_words_case_insensitively()
    {
        var mapping = ColumnMapping.Default.WithColumn("role", "Track") with
        {
            RoleValues = new Dictionary<string, ParticipantRole> { ["Junior"] = ParticipantRole.Mentor, ["Executive"] = ParticipantRole.Mentee },
        };

        var people = Read("id,Track\na, JUNIOR \nb,executive\n", mapping);

        Assert.Equal([ParticipantRole.Mentor, ParticipantRole.Mentee], people.Select(p => p.Role));
        var e = Fails("id,Track\na,mentor\n", mapping);
        Assert.Equal((2, 2), (e.Line, e.Column));
        Assert.Contains("'mentor' is not valid; expected Junior or Executive", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the cell is empty")]
    [InlineData("senior", "'senior', which is not a number")]
    public void A_row_matching_no_role_rule_names_line_and_column(string grade, string problem)
    {
        var mapping = ColumnMapping.Default with
        {
            RoleRules = [new RoleRule("Grade", ParticipantRole.Mentee) { AtLeast = 4 }, new RoleRule("Grade", ParticipantRole.Mentor) { AtMost = 2 }],
        };

        var e = Fails($"id,name,Grade\na,Ana,1\nb,Bo,{grade}\n", mapping);

        Assert.Equal((3, 3), (e.Line, e.Column));
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_matching_no_role_rule_or_an_exclude_rule_are_left_out_and_counted()
    {
        // Grades 2-3 are in neither role; grade 6 is a mentee by its rule but excluded by the other.
        var mapping = ColumnMapping.Default with
        {
            RoleRules = [RoleRule.Parse("mentor:Grade<=1"), RoleRule.Parse("mentee:Grade>=4"), RoleRule.Parse("exclude:Grade=6")],
        };

        var read = ParticipantFile.ReadDetailed(
            new StringReader("id,Grade\na,1\nb,2\n,3\nd,4\ne,6\n"), "hr.csv", ParticipantFileFormat.Csv, mapping);

        Assert.Equal(["a", "d"], read.Participants.Select(p => p.Id));
        Assert.Equal(3, read.LeftOutRows);
        Assert.Equal(["a", "d"], Read("id,Grade\na,1\nb,2\n,3\nd,4\ne,6\n", mapping).Select(p => p.Id));
    }

    [Theory]
    [InlineData("mentor:JobLevel<=1", "JobLevel", null, 1d, false)]
    [InlineData(" mentee : Job Level >= 4 ", "Job Level", 4d, null, false)]
    [InlineData("exclude:JobLevel=2..3", "JobLevel", 2d, 3d, true)]
    [InlineData("MENTOR:Band=1.5", "Band", 1.5, 1.5, false)]
    public void Role_rules_parse_from_text(string text, string column, double? atLeast, double? atMost, bool excludes)
    {
        var rule = RoleRule.Parse(text);

        Assert.Equal((column, atLeast, atMost, excludes), (rule.Column, rule.AtLeast, rule.AtMost, rule.Excludes));
        Assert.Equal(text.StartsWith(" mentee", StringComparison.Ordinal) ? ParticipantRole.Mentee : ParticipantRole.Mentor, rule.Role);
    }

    [Fact]
    public void Without_skill_or_goal_data_the_read_result_warns_that_scores_are_network_reach_alone()
    {
        const string Text = "id,role,department\na,mentor,R&D\nb,mentee,Sales\n";

        var bare = ParticipantFile.ReadDetailed(new StringReader(Text), "hr.csv", ParticipantFileFormat.Csv);
        var derived = ParticipantFile.ReadDetailed(
            new StringReader(Text),
            "hr.csv",
            ParticipantFileFormat.Csv,
            ColumnMapping.Default with
            {
                DerivedAreas =
                [
                    new DerivedArea("department", "Technology", IsGoal: false) { Values = new Dictionary<string, double> { ["R&D"] = 5 }, Default = 0 },
                    new DerivedArea("department", "Technology", IsGoal: true) { Values = new Dictionary<string, double> { ["sales"] = 1 }, Default = 0 },
                ],
            });

        Assert.Contains("network reach alone", Assert.Single(bare.Warnings), StringComparison.Ordinal);
        Assert.Empty(derived.Warnings);
        Assert.Equal((5d, 1d), (derived.Participants[0].SkillIn("Technology"), derived.Participants[1].GoalIn("Technology")));
    }

    [Fact]
    public void A_row_matching_rules_for_both_roles_is_an_error()
    {
        var mapping = ColumnMapping.Default with
        {
            RoleRules = [new RoleRule("seniority", ParticipantRole.Mentee) { AtLeast = 3 }, new RoleRule("seniority", ParticipantRole.Mentor) { AtMost = 3 }],
        };

        var e = Fails("id,seniority\na,3\n", mapping);

        Assert.Equal((2, 2), (e.Line, e.Column));
        Assert.Contains("matches rules for both roles", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_mapped_column_lists_the_headers_found()
    {
        var e = Fails("Emp,Name\n1,Ana\n", ColumnMapping.Default.WithColumn("id", "Employee ID"));

        Assert.Equal((1, 1), (e.Line, e.Column));
        Assert.Equal("The header has no 'Employee ID' column (for id); the headers found are 'Emp', 'Name'.", e.Problem);
    }

    [Fact]
    public void A_column_mapped_by_hand_is_required_even_when_optional_by_default()
    {
        var e = Fails("id,role\na,mentor\n", ColumnMapping.Default.WithColumn("department", "Dept"));

        Assert.Contains("no 'Dept' column (for department)", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_columns_are_errors_unless_ignored()
    {
        var strict = Fails("id,role,Email\na,mentor,x\n", ColumnMapping.Default);
        Assert.Equal((1, 3), (strict.Line, strict.Column));
        Assert.Contains("Unknown column 'Email'", strict.Problem, StringComparison.Ordinal);

        var people = Read("id,role,Email\na,mentor,x\n", ColumnMapping.Default with { IgnoreOtherColumns = true });
        Assert.Equal("a", Assert.Single(people).Id);
    }

    [Fact]
    public void A_role_rule_column_that_is_missing_is_named()
    {
        var mapping = ColumnMapping.Default with { RoleRules = [new RoleRule("Band", ParticipantRole.Mentee) { AtLeast = 4 }] };

        var e = Fails("id,name\na,b\n", mapping);

        Assert.Contains("no 'Band' column, which the role rule 'Band >= 4 -> Mentee' reads", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_separator_is_configurable()
    {
        var people = Read("id,role,languages\na,mentor,en / pt\n", ColumnMapping.Default with { LanguageSeparator = "/" });

        Assert.Equal(["en", "pt"], people[0].Languages);
    }

    [Theory]
    [InlineData("manager_id")]
    [InlineData("managerId")]
    [InlineData("MANAGER-ID")]
    public void WithColumn_accepts_the_field_in_every_spelling(string field)
    {
        Assert.Equal("Boss", ColumnMapping.Default.WithColumn(field, " Boss ").ManagerId);
    }

    [Fact]
    public void WithColumn_rejects_an_unknown_field()
    {
        var e = Assert.Throws<MatchingInputException>(() => ColumnMapping.Default.WithColumn("salary", "Pay"));

        Assert.Contains("'salary' is not a participant field", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblems_lists_every_problem_of_a_mapping()
    {
        var mapping = ColumnMapping.Default with { Name = "id", SkillPattern = "Skill", GoalPattern = "Skill", LanguageSeparator = "" };

        var problems = mapping.FindProblems();

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.Contains("mapped to both 'id' and 'name'", StringComparison.Ordinal));
        Assert.Equal(2, problems.Count(p => p.Contains("{area} exactly once", StringComparison.Ordinal)));
        Assert.Contains(problems, p => p.Contains("patterns are the same", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("language separator is empty", StringComparison.Ordinal));
        Assert.Throws<MatchingInputException>(() => Read("id,role\n", mapping));
    }

    [Fact]
    public void The_mapping_is_immutable()
    {
        var values = new Dictionary<string, ParticipantRole> { ["J"] = ParticipantRole.Mentor };
        var mapping = ColumnMapping.Default with { RoleValues = values };

        values["E"] = ParticipantRole.Mentee;

        Assert.Single(mapping.RoleValues);
        Assert.Equal("role", ColumnMapping.Default.Role);
        Assert.Equal(2, ColumnMapping.Default.RoleValues.Count);
    }
}
