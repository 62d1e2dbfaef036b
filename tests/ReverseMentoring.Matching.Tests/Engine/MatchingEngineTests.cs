using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;
using static ReverseMentoring.Matching.Tests.Support.People;

namespace ReverseMentoring.Matching.Tests.Engine;

public class MatchingEngineTests
{
    private static MatchingEngine TableEngine(params ((string Mentee, string Mentor) Pair, double Score)[] table) =>
        new(new MatchingOptions { Scorer = new TableScorer(table.ToDictionary(t => t.Pair, t => t.Score)) });

    [Fact]
    public void End_to_end_with_the_default_scorer_finds_the_hand_computed_optimum()
    {
        // ana: Technology 5, SocialMedia 2, Engineering. bo: Technology 2, SocialMedia 5, Marketing.
        // cfo wants Technology (1), Finance. cmo wants SocialMedia (1), Marketing. No locations, mentors have no goals.
        //   ana–cfo: gap 5/5 = 1 → 0.6; reciprocal 0; reach 0.5 (Eng≠Finance) → 0.075. Score 0.675
        //   ana–cmo: gap 2/5 → 0.24; reach 0.5 → 0.075. Score 0.315
        //   bo–cfo:  gap 2/5 → 0.24; reach 0.5 → 0.075. Score 0.315
        //   bo–cmo:  gap 5/5 → 0.6;  reach 0 (same department). Score 0.6
        // Best: ana–cfo + bo–cmo = 1.275 (vs 0.63). Mean 0.6375, minimum 0.6.
        Participant[] people =
        [
            Participant.Mentor("ana", 1, department: "Engineering", skills: Areas((SkillAreas.Technology, 5), (SkillAreas.SocialMedia, 2))),
            Participant.Mentor("bo", 1, department: "Marketing", skills: Areas((SkillAreas.Technology, 2), (SkillAreas.SocialMedia, 5))),
            Participant.Mentee("cfo", 5, department: "Finance", goals: Areas((SkillAreas.Technology, 1))),
            Participant.Mentee("cmo", 5, department: "Marketing", goals: Areas((SkillAreas.SocialMedia, 1))),
        ];

        var pairing = new MatchingEngine().Match(people);

        Assert.Equal(SolverStatus.Optimal, pairing.Status);
        Assert.Equal("LinearSumAssignment", pairing.SolverName);
        Assert.Equal([("cfo", "ana"), ("cmo", "bo")], pairing.Pairs.Select(p => (p.MenteeId, p.MentorId)));
        Assert.Equal(0.675, pairing.Pairs[0].Score, 12);
        Assert.Equal(0.6, pairing.Pairs[1].Score, 12);
        Assert.Equal(["SkillGap", "Reciprocal", "NetworkReach"], pairing.Pairs[0].Breakdown.Select(b => b.Name));
        Assert.Equal(0.6, pairing.Pairs[0].Breakdown[0].Value, 12);
        Assert.Equal(0, pairing.Pairs[0].Breakdown[1].Value, 12);
        Assert.Equal(0.075, pairing.Pairs[0].Breakdown[2].Value, 12);
        Assert.Equal(1.275, pairing.TotalScore, 12);
        Assert.Equal(0.6375, pairing.MeanScore!.Value, 12);
        Assert.Equal(0.6, pairing.MinimumScore!.Value, 12);
        Assert.Empty(pairing.UnmatchedMentees);
        Assert.Empty(pairing.UnmatchedMentors);
        Assert.True(pairing.Elapsed >= TimeSpan.Zero);
    }

    [Fact]
    public void Mentee_whose_every_mentor_is_excluded_gets_the_counts_by_rule()
    {
        // m1 reports to ceo (reporting line); m2 is as senior as ceo, m3 more senior (both: excluded by seniority).
        Participant[] people =
        [
            Participant.Mentee("ceo", seniority: 5),
            Participant.Mentor("m1", seniority: 1, managerId: "ceo"),
            Participant.Mentor("m2", seniority: 5),
            Participant.Mentor("m3", seniority: 7),
        ];

        var pairing = new MatchingEngine().Match(people);

        Assert.Empty(pairing.Pairs);
        var ceo = Assert.Single(pairing.UnmatchedMentees);
        Assert.Equal("ceo", ceo.Id);
        Assert.Equal(ParticipantRole.Mentee, ceo.Role);
        Assert.Equal("no allowed mentor: 1 excluded by reporting line, 2 excluded by seniority", ceo.Reason);
        Assert.Equal(0, ceo.AllowedCandidates);
        Assert.Equal(1, ceo.Exclusions["reporting line"]);
        Assert.Equal(2, ceo.Exclusions["seniority"]);
        Assert.Equal(2, ceo.Exclusions.Count);

        Assert.Equal(["m1", "m2", "m3"], pairing.UnmatchedMentors.Select(u => u.Id));
        Assert.Equal("no allowed mentee: 1 excluded by reporting line", pairing.UnmatchedMentors[0].Reason);
        Assert.Equal("no allowed mentee: 1 excluded by seniority", pairing.UnmatchedMentors[1].Reason);
        Assert.Equal(ParticipantRole.Mentor, pairing.UnmatchedMentors[0].Role);
    }

    [Fact]
    public void Mentee_whose_only_allowed_mentor_is_taken_says_so()
    {
        // e1–m1 0.9, e2–m1 0.1: one mentor, e1 gets it.
        var engine = TableEngine((("e1", "m1"), 0.9), (("e2", "m1"), 0.1));
        var pairing = engine.Match([Participant.Mentee("e1", 5), Participant.Mentee("e2", 5), Participant.Mentor("m1", 1)]);

        Assert.Equal([("e1", "m1")], pairing.Pairs.Select(p => (p.MenteeId, p.MentorId)));
        var e2 = Assert.Single(pairing.UnmatchedMentees);
        Assert.Equal("e2", e2.Id);
        Assert.Equal("the only allowed mentor was paired with others", e2.Reason);
        Assert.Equal(1, e2.AllowedCandidates);
        Assert.Empty(e2.Exclusions);
    }

    [Fact]
    public void Mentee_whose_allowed_mentors_are_all_taken_lists_the_exclusions_too()
    {
        // e1–m1 0.9, e2–m2 0.9 beat anything with e3 (e3 scores 0.1 with both). m3 is more senior than everyone.
        var engine = TableEngine(
            (("e1", "m1"), 0.9), (("e2", "m2"), 0.9), (("e1", "m2"), 0.2), (("e2", "m1"), 0.2), (("e3", "m1"), 0.1), (("e3", "m2"), 0.1));
        var pairing = engine.Match([Participant.Mentee("e1", 5), Participant.Mentee("e2", 5), Participant.Mentee("e3", 5), Participant.Mentor("m1", 1), Participant.Mentor("m2", 1), Participant.Mentor("m3", seniority: 9)]);

        Assert.Equal([("e1", "m1"), ("e2", "m2")], pairing.Pairs.Select(p => (p.MenteeId, p.MentorId)));
        var e3 = Assert.Single(pairing.UnmatchedMentees);
        Assert.Equal("all 2 allowed mentors were paired with others (1 excluded by seniority)", e3.Reason);
        Assert.Equal(2, e3.AllowedCandidates);
        var m3 = Assert.Single(pairing.UnmatchedMentors);
        Assert.Equal("no allowed mentee: 3 excluded by seniority", m3.Reason);
        Assert.Equal(1.8, pairing.TotalScore, 12);
        Assert.Equal(0.9, pairing.MeanScore!.Value, 12);
        Assert.Equal(0.9, pairing.MinimumScore!.Value, 12);
    }

    [Fact]
    public void Missing_side_is_explained()
    {
        var onlyMentees = new MatchingEngine().Match([Participant.Mentee("e1", 5)]);
        Assert.Equal("no mentors in the cohort", Assert.Single(onlyMentees.UnmatchedMentees).Reason);

        var onlyMentors = new MatchingEngine().Match([Participant.Mentor("m1", 1)]);
        Assert.Equal("no mentees in the cohort", Assert.Single(onlyMentors.UnmatchedMentors).Reason);
    }

    [Fact]
    public void Empty_cohort_gives_an_empty_optimal_pairing()
    {
        var pairing = new MatchingEngine().Match([]);
        Assert.Equal(SolverStatus.Optimal, pairing.Status);
        Assert.Empty(pairing.Pairs);
        Assert.Empty(pairing.UnmatchedMentees);
        Assert.Empty(pairing.UnmatchedMentors);
        Assert.Equal(0, pairing.TotalScore);
        Assert.Null(pairing.MeanScore);
        Assert.Null(pairing.MinimumScore);
    }

    [Fact]
    public void User_rule_plugs_into_the_engine_and_into_the_reasons()
    {
        var engine = new MatchingEngine(new MatchingOptions { Rules = [.. PairRules.Defaults, new SharedLanguageRule()] });
        var pairing = engine.Match([Participant.Mentee("cfo", 5, languages: ["de"]), Participant.Mentor("ana", 1, languages: ["en"]), Participant.Mentor("bo", 1, languages: ["DE"])]);

        Assert.Equal([("cfo", "bo")], pairing.Pairs.Select(p => (p.MenteeId, p.MentorId)));
        var ana = Assert.Single(pairing.UnmatchedMentors);
        Assert.Equal("no allowed mentee: 1 without a shared language", ana.Reason);
        Assert.Equal(1, ana.Exclusions["language"]);
    }

    [Fact]
    public void User_scorer_plugs_into_the_engine()
    {
        // SharedLanguage decides: cfo–bo share "fr" (1), cfo–ana share nothing (0); cmo–ana share "en" (1), cmo–bo (0).
        var engine = new MatchingEngine(new MatchingOptions { Scorer = new SharedLanguageScorer() });
        var pairing = engine.Match(
            [Participant.Mentee("cfo", 5, languages: ["fr"]), Participant.Mentee("cmo", 5, languages: ["en"]), Participant.Mentor("ana", 1, languages: ["en"]), Participant.Mentor("bo", 1, languages: ["fr"])]);

        Assert.Equal([("cfo", "bo"), ("cmo", "ana")], pairing.Pairs.Select(p => (p.MenteeId, p.MentorId)));
        Assert.Equal(2, pairing.TotalScore);
        Assert.Equal("SharedLanguage", pairing.Pairs[0].Breakdown.Single().Name);
    }

    [Fact]
    public void Reporting_line_is_respected_even_when_it_costs_score()
    {
        // ana reports (indirectly, via lead) to cfo: ana–cfo would score 1, but is excluded. bo–cfo 0.2 is all that is left.
        var engine = TableEngine((("cfo", "ana"), 1.0), (("cfo", "bo"), 0.2));
        var pairing = engine.Match([Participant.Mentee("cfo", 5), Participant.Mentor("ana", 1, managerId: "lead"), Participant.Mentor("lead", seniority: 3, managerId: "cfo"), Participant.Mentor("bo", 1)]);

        Assert.Equal([("cfo", "bo")], pairing.Pairs.Select(p => (p.MenteeId, p.MentorId)));
        Assert.Equal(
            ["no allowed mentee: 1 excluded by reporting line", "no allowed mentee: 1 excluded by reporting line"],
            pairing.UnmatchedMentors.Select(u => u.Reason));
    }

    [Fact]
    public void Already_cancelled_token_throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new MatchingEngine().Match([Participant.Mentee("e1", 5), Participant.Mentor("m1", 1)], cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => new MatchingEngine().Match(new Cohort([Participant.Mentee("e1", 5), Participant.Mentor("m1", 1)]), cts.Token));
    }

    [Fact]
    public void Invalid_participants_are_reported_before_anything_runs()
    {
        var ex = Assert.Throws<ParticipantValidationException>(() => new MatchingEngine().Match([Participant.Mentee("e1", 5), Participant.Mentor("e1", 1)]));
        Assert.Equal("e1", ex.ParticipantId);
    }

    [Fact]
    public void Null_options_parts_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new MatchingEngine(new MatchingOptions { Scorer = null! }));
        Assert.Throws<ArgumentNullException>(() => new MatchingEngine(new MatchingOptions { Rules = null! }));
        Assert.Throws<ArgumentNullException>(() => new MatchingEngine(new MatchingOptions { Solver = null! }));
        Assert.Throws<ArgumentNullException>(() => new MatchingEngine().Match((Cohort)null!));
    }

    [Fact]
    public void Default_options_are_the_documented_ones()
    {
        var options = new MatchingEngine().Options;
        Assert.Same(ReverseMentoring.Matching.Scoring.PairScorers.Default, options.Scorer);
        Assert.Equal(PairRules.Defaults, options.Rules);
        Assert.Equal("Automatic", options.Solver.Name);
        Assert.Equal(ReverseMentoring.Matching.Solving.PairingObjective.MaxTotal, options.Objective);
        Assert.Equal(ReverseMentoring.Matching.Solving.PairingPriority.CoverageFirst, options.Priority);
        Assert.Null(options.MinimumScore);
        Assert.Empty(options.PinnedPairs);
    }

    [Fact]
    public void Mentor_capacity_above_one_is_used()
    {
        // Design: "pair as many people as the rules and capacities allow". ana can take 2 mentees;
        // both executives can only be paired with ana (bo is too senior), so both should be paired with ana.
        Participant[] people =
        [
            new("ana", ParticipantRole.Mentor, seniority: 1, capacity: 2),
            Participant.Mentor("bo", seniority: 9),
            Participant.Mentee("cfo", 5),
            Participant.Mentee("cmo", 5),
        ];

        var pairing = new MatchingEngine().Match(people);

        Assert.Equal([("cfo", "ana"), ("cmo", "ana")], pairing.Pairs.Select(p => (p.MenteeId, p.MentorId)));
    }
}
