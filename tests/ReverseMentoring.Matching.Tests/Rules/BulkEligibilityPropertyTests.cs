using FsCheck.Xunit;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Rules;

/// <summary>The row-at-once evaluation against the definition of truth: each rule's <see cref="PairRule.Allows"/>, pair by pair.</summary>
public sealed class BulkEligibilityPropertyTests
{
    [Property(MaxTest = 300, Arbitrary = [typeof(RuleCaseArbitraries)])]
    public void Eligibility_equals_asking_each_rule_in_order_for_each_pair(RuleCase c)
    {
        var cohort = new Cohort(c.People);
        var eligibility = Eligibility.Evaluate(cohort, c.Rules);
        for (var i = 0; i < cohort.Mentees.Count; i++)
        {
            var row = eligibility.RowWords(i);
            Assert.Equal((cohort.Mentors.Count + 63) / 64, row.Length);
            for (var j = 0; j < cohort.Mentors.Count; j++)
            {
                var expected = FirstExcluding(c.Rules, cohort.Mentors[j], cohort.Mentees[i], cohort);
                Assert.Equal(expected, eligibility.ExcludedBy(i, j));
                Assert.Equal(expected == Eligibility.Allowed, eligibility.IsAllowed(i, j));
                Assert.Equal(expected == Eligibility.Allowed, eligibility.IsAllowedUnchecked(i, j));
                Assert.Equal(expected == Eligibility.Allowed, (row[j / 64] & (1UL << (j % 64))) != 0);
            }

            if (cohort.Mentors.Count % 64 != 0)
            {
                Assert.Equal(0UL, row[^1] >> (cohort.Mentors.Count % 64)); // no bits past the last mentor
            }
        }
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(RuleCaseArbitraries)])]
    public void Each_prepared_rule_answers_as_its_Allows_both_per_row_and_per_pair(RuleCase c)
    {
        var cohort = new Cohort(c.People);
        var words = (cohort.Mentors.Count + 63) / 64;
        foreach (var rule in c.Rules)
        {
            var prepared = rule.Prepare(cohort);
            for (var i = 0; i < cohort.Mentees.Count; i++)
            {
                var row = new ulong[words];
                RowBits.Fill(row, cohort.Mentors.Count);
                prepared.Restrict(i, row);
                for (var j = 0; j < cohort.Mentors.Count; j++)
                {
                    var truth = rule.Allows(cohort.Mentors[j], cohort.Mentees[i], cohort);
                    Assert.True(truth == prepared.Allows(i, j), $"{rule.Name}: per pair, mentee {i} mentor {j}");
                    Assert.True(truth == ((row[j / 64] & (1UL << (j % 64))) != 0), $"{rule.Name}: per row, mentee {i} mentor {j}");
                }
            }
        }
    }

    private static int FirstExcluding(PairRule[] rules, Participant mentor, Participant mentee, Cohort cohort)
    {
        for (var r = 0; r < rules.Length; r++)
        {
            if (!rules[r].Allows(mentor, mentee, cohort))
            {
                return r;
            }
        }

        return Eligibility.Allowed;
    }
}
