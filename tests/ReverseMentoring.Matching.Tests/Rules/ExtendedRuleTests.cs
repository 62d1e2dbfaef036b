using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Rules;

/// <summary>The rules beyond the two defaults: language, time zone, same department, forbidden and history.</summary>
public sealed class ExtendedRuleTests
{
    private static Participant Mentor(string id = "m", string[]? languages = null, double? offset = null, string? department = null) =>
        Participant.Mentor(id, 1, languages: languages, utcOffset: offset, department: department);

    private static Participant Mentee(string id = "e", string[]? languages = null, double? offset = null, string? department = null) =>
        Participant.Mentee(id, 5, languages: languages, utcOffset: offset, department: department);

    private static bool Allows(PairRule rule, Participant mentor, Participant mentee) =>
        rule.Allows(mentor, mentee, new Cohort([mentor, mentee]));

    [Theory]
    [InlineData(new[] { "en", "fr" }, new[] { "FR" }, true)]
    [InlineData(new[] { "en" }, new[] { "de" }, false)]
    [InlineData(new string[0], new[] { "de" }, true)]
    [InlineData(new[] { "en" }, new string[0], true)]
    public void Language_overlap_needs_a_shared_language_only_when_both_list_some(string[] mentor, string[] mentee, bool allowed) =>
        Assert.Equal(allowed, Allows(PairRules.LanguageOverlap, Mentor(languages: mentor), Mentee(languages: mentee)));

    [Theory]
    [InlineData(1.0, 4.0, 3.0, true)]
    [InlineData(-5.0, 3.5, 8.0, false)]
    [InlineData(5.5, 2.0, 3.0, false)]
    [InlineData(5.5, 2.5, 3.0, true)]
    public void Time_zone_window_allows_offsets_at_most_the_window_apart(double mentor, double mentee, double window, bool allowed) =>
        Assert.Equal(allowed, Allows(PairRules.TimeZoneWindow(window), Mentor(offset: mentor), Mentee(offset: mentee)));

    [Fact]
    public void Time_zone_window_allows_a_pair_when_an_offset_is_unknown() =>
        Assert.True(Allows(PairRules.TimeZoneWindow(0), Mentor(offset: null), Mentee(offset: 9)));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Time_zone_window_rejects_a_negative_or_NaN_window(double window) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PairRules.TimeZoneWindow(window));

    [Theory]
    [InlineData("Sales", "sales", false)]
    [InlineData("Sales", "Finance", true)]
    [InlineData(null, "Finance", true)]
    public void Same_department_excludes_pairs_from_one_department(string? mentor, string? mentee, bool allowed) =>
        Assert.Equal(allowed, Allows(PairRules.SameDepartment, Mentor(department: mentor), Mentee(department: mentee)));

    [Fact]
    public void Same_department_is_not_a_default_rule() =>
        Assert.DoesNotContain(PairRules.SameDepartment, PairRules.Defaults);

    [Fact]
    public void Forbidden_excludes_exactly_the_listed_pairs_in_their_direction()
    {
        var rule = PairRules.Forbidden([new ParticipantPair("m", "e")]);
        Assert.False(Allows(rule, Mentor("m"), Mentee("e")));
        Assert.True(Allows(rule, Mentor("m2"), Mentee("e")));
        Assert.True(Allows(rule, Mentor("m"), Mentee("e2")));
    }

    [Fact]
    public void History_excludes_past_pairs_and_says_so()
    {
        var rule = PairRules.History([new ParticipantPair(" m ", "e")]);
        Assert.False(Allows(rule, Mentor("m"), Mentee("e")));
        Assert.True(Allows(rule, Mentor("m"), Mentee("e3")));
        Assert.Equal("history", rule.Name);
        Assert.Equal("paired in an earlier cohort", rule.ExclusionReason);
    }
}
