using ReverseMentoring.Matching.Configuration;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Cli;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Configuration;

public sealed class MatchingConfigTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static MatchingConfig Load(string json, string? baseDirectory = null) =>
        MatchingConfig.Load(new StringReader(json), "run.json", baseDirectory);

    private static JsonFormatException Fails(string json) => Assert.Throws<JsonFormatException>(() => Load(json));

    [Fact]
    public void An_empty_object_is_the_default_run()
    {
        var config = Load("{}");

        Assert.Equal(MatchingConfig.Default.ToJson(), config.ToJson());
        var options = config.ToOptions();
        Assert.Equal(PairRules.Defaults, options.Rules);
        Assert.Equal((PairingObjective.MaxTotal, PairingPriority.CoverageFirst, (double?)null), (options.Objective, options.Priority, options.MinimumScore));
        Assert.Empty(options.PinnedPairs);
        Assert.Equal(ColumnMapping.Default, config.Columns);
    }

    [Fact]
    public void Reads_every_option_with_comments_and_trailing_commas()
    {
        var config = Load("""
            {
              // all of it
              "weights": { "skillGap": 1, "reciprocal": 0, "networkReach": 3, },
              "rules": {
                "reportingLine": false, "seniority": true, "languageOverlap": true,
                "timeZoneWindowHours": 3, "sameDepartment": true,
                "forbiddenPairs": [{ "mentor": "ana", "mentee": "cfo" }],
                "historyPairs": [{ "mentor": " bo ", "mentee": "cmo" }],
              },
              "objective": "maxMin", /* enum names in any case */
              "priority": "QualityFirst",
              "minimumScore": 0.25,
              "pinnedPairs": [{ "mentor": "ana", "mentee": "ceo" }],
              "columns": { "id": "Employee ID", "managerId": "Reports To", "skill": "Skill - {area}",
                           "roleValues": { "Junior": "mentor", "Executive": "Mentee" },
                           "roleRules": [{ "column": "seniority", "atLeast": 4, "role": "mentee" }],
                           "ignoreOtherColumns": true }
            }
            """);

        Assert.Equal((1d, 0d, 3d), (config.Weights.SkillGapWeight, config.Weights.ReciprocalWeight, config.Weights.NetworkReachWeight));
        Assert.Equal(new ParticipantPair("bo", "cmo"), Assert.Single(config.Rules.HistoryPairs));
        Assert.Equal((PairingObjective.MaxMin, PairingPriority.QualityFirst, (double?)0.25), (config.Objective, config.Priority, config.MinimumScore));
        Assert.Equal(new ParticipantPair("ana", "ceo"), Assert.Single(config.PinnedPairs));
        Assert.Equal(("Employee ID", "Reports To", "Skill - {area}", "goal:{area}", true), (config.Columns.Id, config.Columns.ManagerId, config.Columns.SkillPattern, config.Columns.GoalPattern, config.Columns.IgnoreOtherColumns));
        Assert.Equal(ParticipantRole.Mentee, config.Columns.RoleValues["executive"]);
        Assert.Equal(new RoleRule("seniority", ParticipantRole.Mentee) { AtLeast = 4 }, Assert.Single(config.Columns.RoleRules));

        var options = config.ToOptions();
        Assert.Equal(["seniority", "language", "time zone", "same department", "forbidden", "history"], options.Rules.Select(r => r.Name));
        Assert.Equal((PairingObjective.MaxMin, PairingPriority.QualityFirst, 0.25), (options.Objective, options.Priority, options.MinimumScore));
    }

    [Fact]
    public void The_weights_reach_the_scorer()
    {
        var mentor = new Participant("m", ParticipantRole.Mentor, seniority: 1, department: "A", skills: new Dictionary<string, double> { ["Tech"] = 5 });
        var mentee = new Participant("e", ParticipantRole.Mentee, seniority: 5, department: "B", goals: new Dictionary<string, double> { ["Tech"] = 1 });

        // Only network reach (0.5 for another department, same unknown location) counts.
        var pairing = new MatchingEngine(Load("""{ "weights": { "skillGap": 0, "reciprocal": 0, "networkReach": 2 } }""").ToOptions()).Match([mentor, mentee]);

        Assert.Equal(0.5, Assert.Single(pairing.Pairs).Score, 12);
    }

    [Fact]
    public void Round_trips_through_json()
    {
        var config = MatchingConfig.Default with
        {
            Weights = new() { SkillGapWeight = 2, ReciprocalWeight = 1, NetworkReachWeight = 0 },
            Rules = new RuleSettings { SameDepartment = true, TimeZoneWindowHours = 4.5, ForbiddenPairs = [new("a", "b")] },
            Objective = PairingObjective.MaxMin,
            MinimumScore = -0.5,
            PinnedPairs = [new("c", "d")],
            Columns = ColumnMapping.Default.WithColumn("id", "Emp \"#\"") with
            {
                RoleRules = [new RoleRule("Band", ParticipantRole.Mentor) { AtMost = 2 }],
                LanguageSeparator = ",",
            },
        };

        var json = config.ToJson();
        var back = Load(json);

        Assert.Equal(json, back.ToJson());
        Assert.Equal(config.Columns.RoleRules, back.Columns.RoleRules);
        Assert.Equal(("Emp \"#\"", 4.5, -0.5), (back.Columns.Id, back.Rules.TimeZoneWindowHours, back.MinimumScore));
        Assert.Contains("\"objective\": \"MaxMin\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void History_pairs_can_come_from_a_csv_next_to_the_config()
    {
        _dir.Write("past.csv", "cohort;Mentor;Mentee\n2024;ana;cfo\n2025;bo;cmo\n");
        var path = _dir.Write("run.json", """{ "rules": { "historyPairs": [{ "mentor": "x", "mentee": "y" }], "historyFile": "past.csv" } }""");

        var config = MatchingConfig.Load(path);

        Assert.Equal([new("x", "y"), new("ana", "cfo"), new("bo", "cmo")], config.Rules.HistoryPairs);
        Assert.Equal("history", config.ToOptions().Rules[^1].Name);
    }

    [Theory]
    [InlineData("{ \"weigths\": {} }", 1, 3, "Unknown property 'weigths' at the top level")]
    [InlineData("{\n  \"rules\": {\n    \"reportingline\": false } }", 3, 5, "Unknown property 'reportingline' in 'rules'")]
    [InlineData("{ \"pinnedPairs\": [{ \"mentor\": \"a\", \"mentee\": \"b\", \"why\": 1 }] }", 1, 51, "Unknown property 'why' in 'pinnedPairs[0]'")]
    [InlineData("{ \"weights\": { \"skillGap\": -1 } }", 1, 16, "'weights.skillGap' must be a finite number, 0 or more")]
    [InlineData("{ \"weights\": { \"skillGap\": 0, \"reciprocal\": 0, \"networkReach\": 0 } }", 1, 3, "At least one weight")]
    [InlineData("{ \"weights\": { \"skillGap\": \"high\" } }", 1, 16, "'weights.skillGap' must be a number")]
    [InlineData("{ \"objective\": \"Best\" }", 1, 3, "'objective' must be one of \"MaxTotal\", \"MaxMin\"")]
    [InlineData("{ \"rules\": { \"timeZoneWindowHours\": -2 } }", 1, 14, "'rules.timeZoneWindowHours' must be 0 or more")]
    [InlineData("{ \"rules\": { \"forbiddenPairs\": [{ \"mentor\": \"a\" }] } }", 1, 33, "Each pair needs a 'mentor' and a 'mentee'")]
    [InlineData("{ \"rules\": { \"historyFile\": \"nowhere.csv\" } }", 1, 14, "The history file 'nowhere.csv' does not exist")]
    [InlineData("{ \"columns\": { \"skill\": \"Skill\" } }", 1, 3, "{area} exactly once")]
    [InlineData("{ \"columns\": { \"roleRules\": [{ \"column\": \"seniority\" }] } }", 1, 30, "needs a 'column' and a 'role'")]
    [InlineData("{ \"columns\": { \"roleValues\": { \"J\": \"boss\" } } }", 1, 32, "'columns.roleValues.J' must be one of \"Mentor\", \"Mentee\"")]
    [InlineData("{ \"minimumScore\": 0.1 ", 1, 23, "not valid JSON")]
    [InlineData("[]", 1, 1, "'The file' must be an object")]
    [InlineData("{ \"objective\": 1 }", 1, 3, "'objective' must be one of \"MaxTotal\", \"MaxMin\"")]
    [InlineData("{ \"priority\": \"Quality\" }", 1, 3, "'priority' must be one of \"CoverageFirst\", \"QualityFirst\"")]
    public void Bad_configs_name_line_character_and_property(string json, int line, int column, string problem)
    {
        var e = Fails(json);

        Assert.Contains(problem.Replace("'The file'", "The file", StringComparison.Ordinal), e.Problem, StringComparison.Ordinal);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.StartsWith($"run.json:{line}:{column}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToOptions_rejects_a_config_built_in_code_with_bad_values()
    {
        Assert.Throws<MatchingInputException>(() => (MatchingConfig.Default with { Weights = new() { SkillGapWeight = -1 } }).ToOptions());
        Assert.Throws<MatchingInputException>(() => (MatchingConfig.Default with { Rules = new() { TimeZoneWindowHours = double.NaN } }).ToOptions());
        Assert.Throws<MatchingInputException>(() => (MatchingConfig.Default with { MinimumScore = double.PositiveInfinity }).ToOptions());
    }

    [Fact]
    public void Pair_lists_are_copied_so_the_config_stays_immutable()
    {
        var pairs = new List<ParticipantPair> { new("a", "b") };
        var config = MatchingConfig.Default with { PinnedPairs = pairs };

        pairs.Add(new("c", "d"));

        Assert.Single(config.PinnedPairs);
    }

    [Fact]
    public void An_engine_error_about_a_pinned_pair_is_placed_at_its_entry_only_while_the_config_keeps_those_pairs()
    {
        var config = MatchingConfig.Load(new StringReader("{\n  \"pinnedPairs\": [\n    { \"mentor\": \"ana\", \"mentee\": \"x\" },\n      { \"mentor\": \"ghost\", \"mentee\": \"x\" }\n  ]\n}"), "run.json");
        var error = Assert.Throws<MatchingInputException>(
            () => new MatchingEngine(config.ToOptions()).Match([new Participant("ana", ParticipantRole.Mentor), new Participant("x", ParticipantRole.Mentee, seniority: 5)]));

        var located = config.Locate(error);

        Assert.NotNull(located);
        Assert.Equal(("run.json", 4, 7, error.Message), (located.FileName, located.Line, located.Column, located.Problem));
        Assert.NotNull((config with { Objective = PairingObjective.MaxMin }).Locate(error));
        Assert.Null((config with { PinnedPairs = [.. config.PinnedPairs] }).Locate(error));
        Assert.Null(new MatchingConfig { PinnedPairs = config.PinnedPairs }.Locate(error));
        Assert.Null(config.Locate(new MatchingInputException("Something else.")));
    }
}
