using FsCheck.Xunit;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Engine;

/// <summary>
/// The unmatched mentors' reasons tallied in one pass over the mentee rows (what a run uses) against each mentor's own
/// walk down its column (the plain path): the same counts per rule, below the floor, of no value, and the same text.
/// </summary>
public sealed class UnmatchedReasonsProperties
{
    [Property(MaxTest = 100, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public void Mentors_tallied_row_by_row_get_the_reasons_of_their_own_column_walk(CohortCase c, bool qualityFirst, bool floor)
    {
        var engine = new MatchingEngine(new MatchingOptions
        {
            Priority = qualityFirst ? PairingPriority.QualityFirst : PairingPriority.CoverageFirst,
            MinimumScore = floor ? 0.4 : null,
        });
        var prepared = engine.Prepare(new Cohort(c.People), null, CancellationToken.None);
        var reasons = new UnmatchedReasons(prepared.Scores.Eligibility, prepared.Problem, timeLimited: false);
        int[] mentors = [.. Enumerable.Range(0, prepared.Cohort.Mentors.Count).Where(j => j % 3 != 1)]; // some, in order

        var tallied = reasons.ForMentors(mentors);

        Assert.Equal(mentors.Length, tallied.Length);
        for (var k = 0; k < mentors.Length; k++)
        {
            var plain = reasons.ForMentor(mentors[k]);
            Assert.Equal(plain.Id, tallied[k].Id);
            Assert.Equal(plain.Reason, tallied[k].Reason);
            Assert.Equal(plain.AllowedCandidates, tallied[k].AllowedCandidates);
            Assert.Equal(plain.Exclusions.OrderBy(e => e.Key), tallied[k].Exclusions.OrderBy(e => e.Key));
        }
    }
}
