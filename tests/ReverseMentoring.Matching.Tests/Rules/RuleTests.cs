using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;
using static ReverseMentoring.Matching.Tests.Support.People;

namespace ReverseMentoring.Matching.Tests.Rules;

public class ReportingLineRuleTests
{
    private static bool Allowed(Cohort cohort, string mentorId, string menteeId)
    {
        Assert.True(cohort.TryGet(mentorId, out var mentor));
        Assert.True(cohort.TryGet(menteeId, out var mentee));
        return PairRules.ReportingLine.Allows(mentor, mentee, cohort);
    }

    [Fact]
    public void Mentee_who_is_the_mentors_direct_manager_is_excluded()
    {
        var cohort = new Cohort([Participant.Mentor("ana", 1, managerId: "cfo"), Participant.Mentee("cfo", 5)]);
        Assert.False(Allowed(cohort, "ana", "cfo"));
    }

    [Fact]
    public void Mentor_who_is_the_mentees_direct_manager_is_excluded()
    {
        // Unusual, but the rule works both ways.
        var cohort = new Cohort([Participant.Mentor("ana", 1), Participant.Mentee("cfo", 5, managerId: "ana")]);
        Assert.False(Allowed(cohort, "ana", "cfo"));
    }

    [Fact]
    public void Indirect_manager_through_a_chain_is_excluded()
    {
        // ana -> lead -> vp -> cfo : cfo is three levels above ana.
        var cohort = new Cohort([Participant.Mentor("ana", 1, managerId: "lead"), Participant.Mentor("lead", 1, managerId: "vp"), Participant.Mentee("vp", 5, managerId: "cfo"), Participant.Mentee("cfo", 5)]);
        Assert.False(Allowed(cohort, "ana", "cfo"));
        Assert.False(Allowed(cohort, "ana", "vp"));
        Assert.False(Allowed(cohort, "lead", "cfo"));
    }

    [Fact]
    public void Unrelated_people_are_allowed_even_with_a_shared_manager()
    {
        // ana and cmo both report to ceo: siblings, not a reporting line.
        var cohort = new Cohort([Participant.Mentor("ana", 1, managerId: "ceo"), Participant.Mentee("cmo", 5, managerId: "ceo"), Participant.Mentee("ceo", 5), Participant.Mentee("cfo", 5)]);
        Assert.True(Allowed(cohort, "ana", "cmo"));
        Assert.True(Allowed(cohort, "ana", "cfo"));
        Assert.False(Allowed(cohort, "ana", "ceo"));
    }

    [Fact]
    public void Manager_id_not_in_the_cohort_excludes_nobody()
    {
        // ana's manager "lead" is not a participant, so we cannot see who is above lead.
        var cohort = new Cohort([Participant.Mentor("ana", 1, managerId: "lead"), Participant.Mentee("cfo", 5, managerId: "board")]);
        Assert.True(Allowed(cohort, "ana", "cfo"));
    }

    [Fact]
    public void Rule_has_its_documented_name_and_reason()
    {
        Assert.Equal("reporting line", PairRules.ReportingLine.Name);
        Assert.Equal("excluded by reporting line", PairRules.ReportingLine.ExclusionReason);
    }
}

public class SeniorityRuleTests
{
    [Theory]
    [InlineData(1, 5, true)]
    [InlineData(4.99, 5, true)]
    [InlineData(0, 0.5, true)]
    [InlineData(5, 5, false)]
    [InlineData(6, 5, false)]
    public void Mentor_must_be_strictly_more_junior(double mentorSeniority, double menteeSeniority, bool allowed)
    {
        var mentor = Participant.Mentor("ana", seniority: mentorSeniority);
        var mentee = Participant.Mentee("cfo", seniority: menteeSeniority);
        var cohort = new Cohort([mentor, mentee]);
        Assert.Equal(allowed, PairRules.Seniority.Allows(mentor, mentee, cohort));
    }

    [Fact]
    public void Rule_has_its_documented_name_and_reason()
    {
        Assert.Equal("seniority", PairRules.Seniority.Name);
        Assert.Equal("excluded by seniority", PairRules.Seniority.ExclusionReason);
    }

    [Fact]
    public void Defaults_are_reporting_line_then_seniority()
    {
        Assert.Equal([PairRules.ReportingLine, PairRules.Seniority], PairRules.Defaults);
    }
}

public class EligibilityTests
{
    [Fact]
    public void Rows_are_mentees_and_columns_mentors_in_id_order()
    {
        // Mentees a-exec, b-exec; mentors x, y. Only y is managed by b-exec.
        var cohort = new Cohort([Participant.Mentor("y", 1, managerId: "b-exec"), Participant.Mentee("b-exec", 5), Participant.Mentor("x", 1), Participant.Mentee("a-exec", 5)]);
        var eligibility = Eligibility.Evaluate(cohort, PairRules.Defaults);

        Assert.True(eligibility.IsAllowed(0, 0));
        Assert.True(eligibility.IsAllowed(0, 1));
        Assert.True(eligibility.IsAllowed(1, 0));
        Assert.False(eligibility.IsAllowed(1, 1));
        Assert.Equal(0, eligibility.ExcludedBy(1, 1));
        Assert.Equal(Eligibility.Allowed, eligibility.ExcludedBy(0, 0));
    }

    [Fact]
    public void First_excluding_rule_is_recorded()
    {
        // ana reports to cfo AND is more senior (seniority 9 > 5): both rules exclude the pair.
        var cohort = new Cohort([Participant.Mentor("ana", seniority: 9, managerId: "cfo"), Participant.Mentee("cfo", 5)]);

        var lineFirst = Eligibility.Evaluate(cohort, [PairRules.ReportingLine, PairRules.Seniority]);
        var seniorityFirst = Eligibility.Evaluate(cohort, [PairRules.Seniority, PairRules.ReportingLine]);

        Assert.Equal(0, lineFirst.ExcludedBy(0, 0));
        Assert.Equal(PairRules.ReportingLine, lineFirst.Rules[lineFirst.ExcludedBy(0, 0)]);
        Assert.Equal(0, seniorityFirst.ExcludedBy(0, 0));
        Assert.Equal(PairRules.Seniority, seniorityFirst.Rules[seniorityFirst.ExcludedBy(0, 0)]);
    }

    [Fact]
    public void Later_rule_is_recorded_when_earlier_ones_allow()
    {
        var cohort = new Cohort([Participant.Mentor("ana", seniority: 9), Participant.Mentee("cfo", 5)]);
        var eligibility = Eligibility.Evaluate(cohort, [PairRules.ReportingLine, new ForbidMentorRule("other", "nobody"), PairRules.Seniority]);
        Assert.Equal(2, eligibility.ExcludedBy(0, 0));
    }

    [Fact]
    public void No_rules_allow_everything()
    {
        var cohort = new Cohort([Participant.Mentor("ana", seniority: 9, managerId: "cfo"), Participant.Mentee("cfo", 5)]);
        Assert.True(Eligibility.Evaluate(cohort, []).IsAllowed(0, 0));
    }

    [Fact]
    public void Duplicate_rule_names_are_rejected()
    {
        var cohort = new Cohort([Participant.Mentor("ana", 1), Participant.Mentee("cfo", 5)]);
        var ex = Assert.Throws<ArgumentException>(() => Eligibility.Evaluate(
            cohort, [new ForbidMentorRule("same", "a"), PairRules.ReportingLine, new ForbidMentorRule("same", "b")]));
        Assert.Contains("'same'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_rule_is_rejected_with_an_argument_error()
    {
        var cohort = new Cohort([Participant.Mentor("ana", 1), Participant.Mentee("cfo", 5)]);
        var ex = Assert.Throws<ArgumentException>(() => Eligibility.Evaluate(cohort, [PairRules.ReportingLine, null!]));
        Assert.Contains("null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_rule_twice_is_rejected()
    {
        var cohort = new Cohort([Participant.Mentor("ana", 1), Participant.Mentee("cfo", 5)]);
        Assert.Throws<ArgumentException>(() => Eligibility.Evaluate(cohort, [PairRules.ReportingLine, PairRules.ReportingLine]));
    }

    [Fact]
    public void Rules_list_is_copied()
    {
        var cohort = new Cohort([Participant.Mentor("ana", 1), Participant.Mentee("cfo", 5)]);
        var rules = new List<PairRule> { PairRules.ReportingLine };
        var eligibility = Eligibility.Evaluate(cohort, rules);
        rules.Add(PairRules.Seniority);
        Assert.Single(eligibility.Rules);
    }

    [Fact]
    public void User_written_rule_plugs_in()
    {
        // ana speaks en, bo speaks fr; cfo speaks EN (case differs) only.
        var cohort = new Cohort([Participant.Mentor("ana", 1, languages: ["en"]), Participant.Mentor("bo", 1, languages: ["fr"]), Participant.Mentee("cfo", 5, languages: ["EN"])]);
        var eligibility = Eligibility.Evaluate(cohort, [.. PairRules.Defaults, new SharedLanguageRule()]);

        Assert.True(eligibility.IsAllowed(0, 0));
        Assert.False(eligibility.IsAllowed(0, 1));
        Assert.Equal(2, eligibility.ExcludedBy(0, 1));
        Assert.Equal("language", eligibility.Rules[2].Name);
    }
}
