using ReverseMentoring.Matching.Exploring;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Exploring;

/// <summary>Hand-made cases: pinned and locked pairs, leavers and joiners, and the input errors.</summary>
public sealed class ExplorerTests
{
    // e0: m0 0.9, m1 0.8; e1: m0 0.7, m1 0.1; e2: m0 forbidden, m1 0.5. Two mentors, so one mentee stays out.
    private static readonly ExplorationCase Case = new(
        new double?[,] { { 0.9, 0.8 }, { 0.7, 0.1 }, { null, 0.5 } },
        PairingPriority.CoverageFirst,
        null,
        [],
        0,
        1);

    private static MatchingExplorer Explorer(IReadOnlyList<ParticipantPair>? pinned = null) => new(Case.Engine(pinned));

    [Fact]
    public void Why_not_a_pinned_pair_says_it_is_pinned_and_has_no_alternative()
    {
        var result = Explorer([new ParticipantPair("m0", "e0")]).WhyNot(Case.Cohort(), "e0", "m0");

        Assert.Equal(WhyNotStatus.Pinned, result.Status);
        Assert.Null(result.Alternative);
        Assert.Empty(result.Added);
    }

    [Fact]
    public void Why_not_a_pair_a_rule_excludes_names_the_rule()
    {
        var result = Explorer().WhyNot(Case.Cohort(), "e2", "m0");

        Assert.Equal(WhyNotStatus.NotAllowed, result.Status);
        Assert.Contains("forbidden", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_not_a_pair_whose_mentee_is_pinned_elsewhere_is_infeasible()
    {
        var result = Explorer([new ParticipantPair("m0", "e0")]).WhyNot(Case.Cohort(), "e0", "m1");

        Assert.Equal(WhyNotStatus.Infeasible, result.Status);
        Assert.Null(result.PairCountChange);
    }

    [Theory]
    [InlineData("nobody", "m0", "No mentee of the cohort has the id 'nobody'.")]
    [InlineData("e0", "nobody", "No mentor of the cohort has the id 'nobody'.")]
    [InlineData("m0", "m1", "'m0' is a mentor, not a mentee, of the cohort.")]
    public void Why_not_an_unknown_id_names_it(string mentee, string mentor, string message)
    {
        var error = Assert.Throws<MatchingInputException>(() => Explorer().WhyNot(Case.Cohort(), mentee, mentor));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Rematch_says_who_left_and_which_rule_now_excludes_a_pair()
    {
        ParticipantPair[] current = [new("m0", "e0"), new("m9", "e1"), new("m0", "e2")];

        var result = Explorer().Rematch(Case.Cohort(), current, new RematchOptions { DisruptionPenalty = 0.5 });

        Assert.Equal(BreakReason.Left, result.Broken.Single(b => b.MentorId == "m9").Reason);
        Assert.Contains("'m9'", result.Broken.Single(b => b.MentorId == "m9").Explanation, StringComparison.Ordinal);
        Assert.Equal(BreakReason.NotAllowed, result.Broken.Single(b => b.MenteeId == "e2").Reason);
        Assert.Equal([("e0", "m0")], result.Kept.Select(p => (p.MenteeId, p.MentorId)));
    }

    [Fact]
    public void Rematch_keeps_a_locked_pair_even_at_zero_penalty()
    {
        var options = new RematchOptions { DisruptionPenalty = 0, LockedPairs = [new ParticipantPair("m1", "e1")] };

        var result = Explorer().Rematch(Case.Cohort(), [new ParticipantPair("m1", "e1")], options);

        Assert.Contains(result.Kept, p => p.MenteeId == "e1" && p.MentorId == "m1");
        Assert.Empty(result.Broken);
    }

    [Fact]
    public void Rematch_refuses_a_locked_pair_a_rule_excludes()
    {
        var options = new RematchOptions { LockedPairs = [new ParticipantPair("m0", "e2")] };

        var error = Assert.Throws<MatchingInputException>(() => Explorer().Rematch(Case.Cohort(), [], options));

        Assert.Contains("m0 -> e2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(1000.5)]
    public void Rematch_refuses_a_penalty_out_of_range(double penalty) =>
        Assert.Throws<MatchingInputException>(() => Explorer().Rematch(Case.Cohort(), [], new RematchOptions { DisruptionPenalty = penalty }));

    [Fact]
    public void Rematch_refuses_a_current_pair_given_twice() =>
        Assert.Throws<MatchingInputException>(() => Explorer().Rematch(Case.Cohort(), [new("m0", "e0"), new("m0", "e0")]));

    [Theory]
    [InlineData(0)]
    [InlineData(AlternativesOptions.MaxCount + 1)]
    public void Alternatives_refuse_a_count_out_of_range(int count) =>
        Assert.Throws<MatchingInputException>(() => Explorer().Alternatives(Case.Cohort(), new AlternativesOptions { Count = count }));

    [Fact]
    public void Alternatives_and_rematch_refuse_the_max_min_objective()
    {
        var explorer = new MatchingExplorer(new MatchingEngine(Case.Engine().Options with { Objective = PairingObjective.MaxMin }));

        Assert.Throws<MatchingInputException>(() => explorer.Alternatives(Case.Cohort()));
        Assert.Throws<MatchingInputException>(() => explorer.Rematch(Case.Cohort(), []));
    }

    [Fact]
    public void Every_alternative_keeps_the_pinned_pairs()
    {
        var result = Explorer([new ParticipantPair("m1", "e1")]).Alternatives(Case.Cohort(), new AlternativesOptions { Count = 10 });

        Assert.NotEmpty(result.Ranked);
        Assert.All(result.Ranked, r => Assert.Contains(r.Pairing.Pairs, p => p.MenteeId == "e1" && p.MentorId == "m1"));
    }
}
