using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>Stable matching through the engine: it is just another solver in the options.</summary>
public sealed class StableEngineTests
{
    private static readonly Participant[] People =
    [
        new("ana", ParticipantRole.Mentor, seniority: 1, department: "Engineering",
            skills: new Dictionary<string, double> { [SkillAreas.Technology] = 5, [SkillAreas.SocialMedia] = 2 }),
        new("bo", ParticipantRole.Mentor, seniority: 1, department: "Marketing",
            skills: new Dictionary<string, double> { [SkillAreas.Technology] = 2, [SkillAreas.SocialMedia] = 5 }),
        new("cfo", ParticipantRole.Mentee, seniority: 5, department: "Finance",
            goals: new Dictionary<string, double> { [SkillAreas.Technology] = 1 }),
        new("cmo", ParticipantRole.Mentee, seniority: 5, department: "Marketing",
            goals: new Dictionary<string, double> { [SkillAreas.SocialMedia] = 1 }),
    ];

    [Fact]
    public void The_engine_runs_a_stable_solver_chosen_in_the_options_and_the_result_is_stable()
    {
        var cohort = new Cohort(People);
        var pairing = new MatchingEngine(new MatchingOptions { Solver = PairingSolvers.StableMentorProposing }).Match(cohort);
        Assert.Equal("GaleShapley (mentor-proposing)", pairing.SolverName);
        Assert.Equal(
            ["cfo-ana", "cmo-bo"],
            pairing.Pairs.Select(p => $"{p.MenteeId}-{p.MentorId}").Order(StringComparer.Ordinal));

        // The engine's pairs have no blocking pair on the score matrix the engine built.
        var matrix = CohortScores.Compute(Eligibility.Evaluate(cohort, PairRules.Defaults), PairScorers.Default).Matrix;
        SolvedPair[] cells = [.. pairing.Pairs.Select(p => new SolvedPair(matrix.MenteeIds.ToList().IndexOf(p.MenteeId), matrix.MentorIds.ToList().IndexOf(p.MentorId)))];
        Assert.True(StabilityReport.Analyze(new PairingProblem(matrix), cells).IsStable);
    }
}
