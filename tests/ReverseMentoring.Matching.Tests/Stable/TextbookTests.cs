using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>
/// Known instances written as explicit rankings, with their extreme stable matchings worked out by hand (and checked
/// by enumeration): mentee-proposing must give the mentee-optimal one, mentor-proposing the mentor-optimal one.
/// Men are mentees and women are mentors.
/// </summary>
public sealed class TextbookTests
{
    [Fact]
    public void Gale_Shapley_1962_three_by_three_has_three_stable_matchings_and_each_side_gets_its_first_choices()
    {
        // Every man's first choice is a different woman and every woman's first choice a different man: the two
        // extremes give each proposer its first choice; the third stable matching gives everyone their second.
        var men = Lists(("m1", "w1 w2 w3"), ("m2", "w2 w3 w1"), ("m3", "w3 w1 w2"));
        var women = Lists(("w1", "m2 m3 m1"), ("w2", "m3 m1 m2"), ("w3", "m1 m2 m3"));
        AssertExtremes(
            men,
            women,
            menOptimal: "m1-w1 m2-w2 m3-w3",
            womenOptimal: "m1-w3 m2-w1 m3-w2");
    }

    [Fact]
    public void Cyclic_four_by_four_has_four_stable_matchings_and_the_proposers_take_the_extremes()
    {
        var men = Lists(("m1", "w1 w2 w3 w4"), ("m2", "w2 w3 w4 w1"), ("m3", "w3 w4 w1 w2"), ("m4", "w4 w1 w2 w3"));
        var women = Lists(("w1", "m2 m3 m4 m1"), ("w2", "m3 m4 m1 m2"), ("w3", "m4 m1 m2 m3"), ("w4", "m1 m2 m3 m4"));
        AssertExtremes(men, women, menOptimal: "m1-w1 m2-w2 m3-w3 m4-w4", womenOptimal: "m1-w4 m2-w1 m3-w2 m4-w3");
    }

    [Fact]
    public void Four_by_four_with_rejections_has_three_stable_matchings_and_the_proposers_take_the_extremes()
    {
        // Stable matchings: {m1-w2 m2-w3 m3-w4 m4-w1}, {m1-w2 m2-w4 m3-w3 m4-w1}, {m1-w3 m2-w4 m3-w2 m4-w1}.
        // Men-proposing needs rejections: m3 and m4 both want w1 first; w1 keeps m4.
        var men = Lists(("m1", "w4 w3 w2 w1"), ("m2", "w2 w1 w4 w3"), ("m3", "w1 w2 w3 w4"), ("m4", "w1 w3 w4 w2"));
        var women = Lists(("w1", "m4 m3 m1 m2"), ("w2", "m1 m4 m3 m2"), ("w3", "m2 m3 m1 m4"), ("w4", "m3 m2 m1 m4"));
        AssertExtremes(men, women, menOptimal: "m1-w3 m2-w4 m3-w2 m4-w1", womenOptimal: "m1-w2 m2-w3 m3-w4 m4-w1");
    }

    [Fact]
    public void Hospital_residents_with_a_mentor_of_capacity_two_gives_each_side_its_best_stable_pairing()
    {
        // Mentor A takes two mentees. Mentees propose: 1 and 2 get A, 3 gets B (everyone's first choice).
        // Mentors propose: A offers 3 and 1, B offers 1 (who keeps A), then 2: A gets its top two, B gets 2 over 3.
        var mentees = Lists(("r1", "A B"), ("r2", "A B"), ("r3", "B A"));
        var mentors = Lists(("A", "r3 r1 r2"), ("B", "r1 r2 r3"));
        AssertExtremes(mentees, mentors, menOptimal: "r1-A r2-A r3-B", womenOptimal: "r1-A r2-B r3-A", mentorCapacities: [2, 1]);
    }

    [Fact]
    public void Incomplete_lists_leave_someone_unmatched_rather_than_pair_an_unacceptable_pair()
    {
        // m2 accepts only w1, who does not list m2: m2 stays unmatched in every stable matching.
        var men = Lists(("m1", "w1 w2"), ("m2", "w1"));
        var women = Lists(("w1", "m1"), ("w2", "m1 m2"));
        AssertExtremes(men, women, menOptimal: "m1-w1", womenOptimal: "m1-w1");
    }

    private static void AssertExtremes(
        Dictionary<string, IReadOnlyList<string>> mentees,
        Dictionary<string, IReadOnlyList<string>> mentors,
        string menOptimal,
        string womenOptimal,
        int[]? mentorCapacities = null)
    {
        string[] menteeIds = [.. mentees.Keys], mentorIds = [.. mentors.Keys];
        var scores = new double?[menteeIds.Length, mentorIds.Length];
        for (var i = 0; i < menteeIds.Length; i++)
        {
            for (var j = 0; j < mentorIds.Length; j++)
            {
                scores[i, j] = 0; // every pair allowed; the rankings decide
            }
        }

        var matrix = new ScoreMatrix(menteeIds, mentorIds, scores);
        var problem = new PairingProblem(matrix, mentorCapacities: mentorCapacities);
        var preferences = new StablePreferences(mentees, mentors);
        Assert.Equal(menOptimal, Format(matrix, PairingSolvers.Stable(preferences, StableProposer.Mentees).Solve(problem)));
        Assert.Equal(womenOptimal, Format(matrix, PairingSolvers.Stable(preferences, StableProposer.Mentors).Solve(problem)));
    }

    private static string Format(ScoreMatrix matrix, SolverResult result) =>
        string.Join(' ', result.Pairs.Select(p => $"{matrix.MenteeIds[p.Mentee]}-{matrix.MentorIds[p.Mentor]}"));

    private static Dictionary<string, IReadOnlyList<string>> Lists(params (string Id, string Ranking)[] lists) =>
        lists.ToDictionary(l => l.Id, l => (IReadOnlyList<string>)l.Ranking.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
