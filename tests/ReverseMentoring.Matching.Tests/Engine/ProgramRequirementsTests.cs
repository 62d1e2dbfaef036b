using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Solving;
using Xunit;
using static ReverseMentoring.Matching.Tests.Support.People;

namespace ReverseMentoring.Matching.Tests.Engine;

/// <summary>Engine runs with capacities, pinned pairs, a minimum score, quality first and max-min.</summary>
public sealed class ProgramRequirementsTests
{
    private static Participant Mentor(string id, double tech, int capacity = 1, string? manager = null, string[]? languages = null) =>
        Participant.Mentor(id, 1, Areas((SkillAreas.Technology, tech)), capacity: capacity, managerId: manager, languages: languages);

    private static Participant Mentee(string id, int capacity = 1, string[]? languages = null) =>
        Participant.Mentee(id, 5, Areas((SkillAreas.Technology, 1)), capacity: capacity, languages: languages);

    private static MatchingOptions SkillGapOnly => new() { Scorer = ReverseMentoring.Matching.Scoring.PairScorers.SkillGap };

    [Fact]
    public void A_mentor_with_capacity_takes_a_circle_of_mentees_via_min_cost_flow()
    {
        // Skill gap = tech level / 5: ana 1.0, bo 0.2. Ana (capacity 3) takes all three executives.
        Participant[] people = [Mentor("ana", 5, capacity: 3), Mentor("bo", 1), Mentee("x"), Mentee("y"), Mentee("z")];
        var pairing = new MatchingEngine(SkillGapOnly).Match(people);

        Assert.Equal("MinCostFlow", pairing.SolverName);
        Assert.Equal(3, pairing.Pairs.Count);
        Assert.All(pairing.Pairs, p => Assert.Equal("ana", p.MentorId));
        Assert.Equal(3.0, pairing.TotalScore, 1e-9);
        Assert.Equal("bo", Assert.Single(pairing.UnmatchedMentors).Id);
        Assert.Contains("paired with others", pairing.UnmatchedMentors[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_to_one_cohorts_use_linear_sum_assignment() =>
        Assert.Equal("LinearSumAssignment", new MatchingEngine().Match([Mentor("ana", 5), Mentee("x")]).SolverName);

    [Fact]
    public void A_pinned_pair_is_made_even_when_another_pairing_scores_higher()
    {
        Participant[] people = [Mentor("ana", 5), Mentor("bo", 1), Mentee("x")];
        var options = SkillGapOnly with { PinnedPairs = [new ParticipantPair("bo", "x")] };
        var pair = Assert.Single(new MatchingEngine(options).Match(people).Pairs);
        Assert.Equal(("bo", "x"), (pair.MentorId, pair.MenteeId));
    }

    [Fact]
    public void A_pinned_pair_that_breaks_a_rule_is_an_error_naming_both_rules()
    {
        Participant[] people = [Mentor("ana", 5, languages: ["en"]), Mentee("x", languages: ["de"])];
        var options = new MatchingOptions
        {
            Rules = [PairRules.LanguageOverlap],
            PinnedPairs = [new ParticipantPair("ana", "x")],
        };
        var error = Assert.Throws<MatchingInputException>(() => new MatchingEngine(options).Match(people));
        Assert.Contains("'pinned'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'language'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pinned_pair_naming_an_unknown_person_is_an_error()
    {
        var options = new MatchingOptions { PinnedPairs = [new ParticipantPair("ghost", "x")] };
        var error = Assert.Throws<MatchingInputException>(() => new MatchingEngine(options).Match([Mentor("ana", 5), Mentee("x")]));
        Assert.Contains("'ghost'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pairs_below_the_minimum_score_are_never_made_and_the_reason_says_so()
    {
        // Bo's skill gap with x is 0.2, below the floor of 0.5.
        Participant[] people = [Mentor("bo", 1), Mentee("x")];
        var pairing = new MatchingEngine(SkillGapOnly with { MinimumScore = 0.5 }).Match(people);
        Assert.Empty(pairing.Pairs);
        Assert.Equal("no allowed mentor: 1 below the minimum score", Assert.Single(pairing.UnmatchedMentees).Reason);
    }

    [Fact]
    public void Quality_first_leaves_someone_unmatched_when_a_pair_adds_no_value()
    {
        // Zoe teaches nothing the executive wants (skill gap 0); coverage first pairs her anyway.
        Participant[] people = [Mentor("ana", 5), Mentor("zoe", 0), Mentee("x"), Mentee("y")];
        var coverage = new MatchingEngine(SkillGapOnly).Match(people);
        var quality = new MatchingEngine(SkillGapOnly with { Priority = PairingPriority.QualityFirst }).Match(people);

        Assert.Equal(2, coverage.Pairs.Count);
        Assert.Single(quality.Pairs);
        Assert.Contains("adding no value", Assert.Single(quality.UnmatchedMentees).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_min_gives_up_total_to_raise_the_worst_pair()
    {
        // x wants technology only, y wants social media (from ana) or technology (from bo).
        // Max total: ana–x 1.0 + bo–y 0.2 = 1.2 (worst 0.2); max-min: bo–x 0.6 + ana–y 0.4 = 1.0 (worst 0.4).
        var ana = new Participant("ana", ParticipantRole.Mentor, seniority: 1,
            skills: new Dictionary<string, double> { [SkillAreas.Technology] = 5, [SkillAreas.SocialMedia] = 2 });
        var bo = new Participant("bo", ParticipantRole.Mentor, seniority: 1,
            skills: new Dictionary<string, double> { [SkillAreas.Technology] = 3, [SkillAreas.SocialMedia] = 1 });
        var x = Mentee("x");
        var y = new Participant("y", ParticipantRole.Mentee, seniority: 5,
            goals: new Dictionary<string, double> { [SkillAreas.SocialMedia] = 1 });
        var total = new MatchingEngine(SkillGapOnly).Match([ana, bo, x, y]);
        var fair = new MatchingEngine(SkillGapOnly with { Objective = PairingObjective.MaxMin }).Match([ana, bo, x, y]);

        Assert.Equal(1.2, total.TotalScore, 1e-9);
        Assert.Equal(0.2, total.MinimumScore!.Value, 1e-9);
        Assert.Equal(0.4, fair.MinimumScore!.Value, 1e-9);
        Assert.Equal(1.0, fair.TotalScore, 1e-9);
        Assert.Contains("max-min", fair.SolverName, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_unmatched_reason_counts_the_candidates_every_rule_removed()
    {
        // x's only mentors: ana reports to x (reporting line), bo is too senior, cy spoke no shared language.
        var x = new Participant("x", ParticipantRole.Mentee, seniority: 5, languages: ["en"]);
        Participant[] people =
        [
            x,
            new("ana", ParticipantRole.Mentor, seniority: 1, managerId: "x"),
            new("bo", ParticipantRole.Mentor, seniority: 6),
            new("cy", ParticipantRole.Mentor, seniority: 1, languages: ["ja"]),
        ];
        var options = new MatchingOptions { Rules = [PairRules.ReportingLine, PairRules.Seniority, PairRules.LanguageOverlap] };
        var unmatched = Assert.Single(new MatchingEngine(options).Match(people).UnmatchedMentees);

        Assert.Equal("no allowed mentor: 1 excluded by reporting line, 1 excluded by seniority, 1 without a shared language", unmatched.Reason);
        Assert.Equal(1, unmatched.Exclusions["language"]);
        Assert.Equal(0, unmatched.AllowedCandidates);
    }
}
