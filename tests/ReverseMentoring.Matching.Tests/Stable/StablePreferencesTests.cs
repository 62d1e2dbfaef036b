using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>Ranking validation, solver names and what the stable solvers refuse.</summary>
public sealed class StablePreferencesTests
{
    private static readonly ScoreMatrix Matrix = new(["exec-1", "exec-2"], ["ana", "bo"], new double?[,] { { 0.9, 0.2 }, { 0.4, null } });

    [Theory]
    [InlineData("exec-1", "ana ana", "ana", "The ranking of mentee 'exec-1' lists mentor 'ana' more than once.")]
    [InlineData("exec-1", "ana", "exec-1 exec-2 exec-1", "The ranking of mentor 'ana' lists mentee 'exec-1' more than once.")]
    [InlineData(" ", "ana", "exec-1", "A mentee ranking has an empty mentee id.")]
    [InlineData("exec-1", "ana  ", "exec-1", null)]
    public void Rankings_are_checked_on_creation(string menteeId, string menteeList, string mentorList, string? message)
    {
        var mentees = new Dictionary<string, IReadOnlyList<string>> { [menteeId] = menteeList.Split(' ', StringSplitOptions.RemoveEmptyEntries) };
        var mentors = new Dictionary<string, IReadOnlyList<string>> { ["ana"] = mentorList.Split(' ', StringSplitOptions.RemoveEmptyEntries) };
        if (message is null)
        {
            Assert.Equal(["ana"], new StablePreferences(mentees, mentors).MenteeRankings[menteeId]);
        }
        else
        {
            Assert.Equal(message, Assert.Throws<MatchingInputException>(() => new StablePreferences(mentees, mentors)).Message);
        }
    }

    [Fact]
    public void An_empty_id_in_a_list_and_a_null_list_are_rejected()
    {
        var ok = new Dictionary<string, IReadOnlyList<string>> { ["ana"] = [] };
        Assert.Equal(
            "The ranking of mentee 'exec-1' has an empty mentor id.",
            Assert.Throws<MatchingInputException>(() => new StablePreferences(new Dictionary<string, IReadOnlyList<string>> { ["exec-1"] = ["ana", ""] }, ok)).Message);
        Assert.Equal(
            "The ranking of mentee 'exec-1' is missing; give an empty list to accept no mentor.",
            Assert.Throws<MatchingInputException>(() => new StablePreferences(new Dictionary<string, IReadOnlyList<string>> { ["exec-1"] = null! }, ok)).Message);
    }

    [Theory]
    [InlineData("exec-9", "There is a ranking for mentee 'exec-9', who is not a mentee of the score matrix.")]
    [InlineData("ana-as-mentee", "There is a ranking for mentee 'ana-as-mentee', who is not a mentee of the score matrix.")]
    public void Unknown_participants_are_rejected_when_solving(string extraMentee, string message)
    {
        var preferences = Complete();
        var mentees = preferences.MenteeRankings.ToDictionary(kv => kv.Key, kv => kv.Value);
        mentees[extraMentee] = ["ana"];
        var solver = PairingSolvers.Stable(new StablePreferences(mentees, preferences.MentorRankings));
        Assert.Equal(message, Assert.Throws<MatchingInputException>(() => solver.Solve(Matrix)).Message);
    }

    [Fact]
    public void An_unknown_id_in_a_list_is_rejected_when_solving()
    {
        var preferences = Complete();
        var mentors = preferences.MentorRankings.ToDictionary(kv => kv.Key, kv => kv.Value);
        mentors["bo"] = ["exec-2", "exec-7"];
        var solver = PairingSolvers.Stable(new StablePreferences(preferences.MenteeRankings, mentors), StableProposer.Mentors);
        Assert.Equal(
            "The ranking of mentor 'bo' lists 'exec-7', who is not a mentee of the score matrix.",
            Assert.Throws<MatchingInputException>(() => solver.Solve(Matrix)).Message);
    }

    [Fact]
    public void A_participant_without_a_list_is_rejected_when_solving()
    {
        var preferences = Complete();
        var mentors = preferences.MentorRankings.Where(kv => kv.Key != "bo").ToDictionary(kv => kv.Key, kv => kv.Value);
        var solver = PairingSolvers.Stable(new StablePreferences(preferences.MenteeRankings, mentors));
        Assert.Equal(
            "The mentor 'bo' has no ranking; give an empty list to accept no mentee.",
            Assert.Throws<MatchingInputException>(() => solver.Solve(Matrix)).Message);
    }

    [Fact]
    public void FromScores_ranks_allowed_partners_by_score_then_id()
    {
        var matrix = new ScoreMatrix(["b", "a", "c"], ["x", "y"], new double?[,] { { 0.5, 0.5 }, { 0.5, null }, { 0.7, 0.1 } });
        var preferences = StablePreferences.FromScores(matrix);
        Assert.Equal(["x", "y"], preferences.MenteeRankings["b"]);
        Assert.Equal(["x"], preferences.MenteeRankings["a"]);
        Assert.Equal(["c", "a", "b"], preferences.MentorRankings["x"]);
        Assert.Equal(["b", "c"], preferences.MentorRankings["y"]);
    }

    [Fact]
    public void Equal_scores_are_broken_by_id_whatever_the_row_order()
    {
        // Both mentees score 1 with the one mentor: the mentor prefers 'a' (ordinal id order), listed second here.
        var matrix = new ScoreMatrix(["b", "a"], ["x"], new double?[,] { { 1 }, { 1 } });
        Assert.Equal([new SolvedPair(1, 0)], PairingSolvers.StableMenteeProposing.Solve(matrix).Pairs);
        Assert.Equal([new SolvedPair(1, 0)], PairingSolvers.StableMentorProposing.Solve(matrix).Pairs);
    }

    [Fact]
    public void Solvers_report_their_names()
    {
        Assert.Equal("GaleShapley (mentee-proposing)", PairingSolvers.StableMenteeProposing.Solve(Matrix).SolverName);
        Assert.Equal("GaleShapley (mentor-proposing)", PairingSolvers.StableMentorProposing.Solve(Matrix).SolverName);
        Assert.Equal("GaleShapley (mentee-proposing, ranked)", PairingSolvers.Stable(Complete()).Solve(Matrix).SolverName);
        Assert.Equal("GaleShapley (mentor-proposing, ranked)", PairingSolvers.Stable(Complete(), StableProposer.Mentors).Name);
    }

    [Fact]
    public void Max_min_objective_and_unknown_proposer_are_refused()
    {
        var problem = new PairingProblem(Matrix, objective: PairingObjective.MaxMin);
        Assert.Equal(
            "GaleShapley (mentee-proposing) finds a stable pairing; it does not optimise the max-min objective.",
            Assert.Throws<MatchingInputException>(() => PairingSolvers.StableMenteeProposing.Solve(problem)).Message);
        Assert.Throws<MatchingInputException>(() => PairingSolvers.Stable(Complete(), (StableProposer)7));
    }

    [Fact]
    public void Pinned_pairs_and_the_minimum_score_are_respected()
    {
        // Without constraints both sides' first choices give exec-1–ana and exec-2 unmatched (bo is forbidden for exec-2).
        Assert.Equal([new SolvedPair(0, 0)], PairingSolvers.StableMenteeProposing.Solve(Matrix).Pairs);

        // Pinning exec-2–ana takes ana's only slot; exec-1 then gets bo.
        var pinned = new PairingProblem(Matrix, pinnedPairs: [new SolvedPair(1, 0)]);
        Assert.Equal([new SolvedPair(0, 1), new SolvedPair(1, 0)], PairingSolvers.StableMenteeProposing.Solve(pinned).Pairs);

        // A floor of 0.5 leaves only exec-1–ana acceptable.
        var floor = new PairingProblem(Matrix, minimumScore: 0.5);
        Assert.Equal([new SolvedPair(0, 0)], PairingSolvers.StableMentorProposing.Solve(floor).Pairs);
    }

    private static StablePreferences Complete() => new(
        new Dictionary<string, IReadOnlyList<string>> { ["exec-1"] = ["ana", "bo"], ["exec-2"] = ["ana"] },
        new Dictionary<string, IReadOnlyList<string>> { ["ana"] = ["exec-1", "exec-2"], ["bo"] = ["exec-1"] });
}
