using FsCheck.Xunit;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Exploring;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Exploring;

/// <summary>Re-match checked against brute force: every pairing's total minus the penalty of each current pair it breaks.</summary>
public sealed class RematchProperties
{
    [Property(MaxTest = 200, Arbitrary = [typeof(ExplorationCases)])]
    public void Rematch_reaches_the_brute_force_optimum_of_score_minus_disruption(ExplorationCase c)
    {
        var result = Rematch(c, c.Penalty);
        var keepable = Keepable(c);
        var best = AllPairings.Best(c, AllPairings.Of(c.Mentees, c.Mentors, c.IsOpen), p => c.Penalty * p.Count(keepable.Contains));
        var made = Cells(result.Pairing);
        var value = result.Pairing.TotalScore + (c.Penalty * made.Count(keepable.Contains));

        Assert.Equal(0, AllPairings.Compare(
            AllPairings.Key(c, best.Count, AllPairings.Total(c, best) + (c.Penalty * best.Count(keepable.Contains))),
            AllPairings.Key(c, made.Count, value)));
        AssertAccounts(c, result);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(ExplorationCases)])]
    public void Rematch_with_zero_penalty_equals_a_fresh_optimum(ExplorationCase c)
    {
        var result = Rematch(c, 0);
        var fresh = c.Engine().Match(c.Cohort());

        Assert.Equal(fresh.Pairs.Count, result.Pairing.Pairs.Count);
        Assert.Equal(fresh.TotalScore, result.Pairing.TotalScore, PairingOracle.Epsilon);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(ExplorationCases)])]
    public void Rematch_with_a_huge_penalty_keeps_every_valid_pair_that_coverage_allows(ExplorationCase c)
    {
        var result = Rematch(c, RematchOptions.MaxDisruptionPenalty);
        var keepable = Keepable(c);
        var kept = Cells(result.Pairing).Count(keepable.Contains);
        var all = AllPairings.Of(c.Mentees, c.Mentors, c.IsOpen);

        if (c.Priority == PairingPriority.QualityFirst)
        {
            Assert.Equal(keepable.Count, kept); // nothing outranks the penalty
        }
        else
        {
            // Coverage first: most pairs before any score, then as many current pairs as such a pairing can hold.
            var most = all.Max(p => p.Count);
            Assert.Equal(all.Where(p => p.Count == most).Max(p => p.Count(keepable.Contains)), kept);
            Assert.Equal(most, result.Pairing.Pairs.Count);
        }
    }

    private static RematchResult Rematch(ExplorationCase c, double penalty) =>
        new MatchingExplorer(c.Engine()).Rematch(
            c.Cohort(),
            [.. c.Current.Select(p => new ParticipantPair(ExplorationCase.MentorId(p.Mentor), ExplorationCase.MenteeId(p.Mentee)))],
            new RematchOptions { DisruptionPenalty = penalty });

    private static HashSet<(int, int)> Keepable(ExplorationCase c) => [.. c.Current.Where(p => c.IsOpen(p.Mentee, p.Mentor))];

    private static List<(int Mentee, int Mentor)> Cells(Pairing pairing) =>
        [.. pairing.Pairs.Select(p => (int.Parse(p.MenteeId[1..], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p.MentorId[1..], System.Globalization.CultureInfo.InvariantCulture)))];

    // Kept + broken = current; kept + new = the pairing; each broken pair has the right reason.
    private static void AssertAccounts(ExplorationCase c, RematchResult result)
    {
        var current = c.Current.Select(p => (ExplorationCase.MenteeId(p.Mentee), ExplorationCase.MentorId(p.Mentor))).ToHashSet();
        Assert.Equal(current.Order(), result.Kept.Select(p => (p.MenteeId, p.MentorId)).Concat(result.Broken.Select(b => (b.MenteeId, b.MentorId))).Order());
        Assert.Equal(
            result.Pairing.Pairs.Select(p => (p.MenteeId, p.MentorId)).Order(),
            result.Kept.Concat(result.New).Select(p => (p.MenteeId, p.MentorId)).Order());
        Assert.All(result.New, p => Assert.DoesNotContain((p.MenteeId, p.MentorId), current));
        foreach (var broken in result.Broken)
        {
            var (i, j) = (int.Parse(broken.MenteeId[1..], System.Globalization.CultureInfo.InvariantCulture), int.Parse(broken.MentorId[1..], System.Globalization.CultureInfo.InvariantCulture));
            var expected = c.Scores[i, j] is null ? BreakReason.NotAllowed : c.IsOpen(i, j) ? BreakReason.Outweighed : BreakReason.BelowMinimumScore;
            Assert.Equal(expected, broken.Reason);
        }
    }
}
