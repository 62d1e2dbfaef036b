using System.Globalization;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Rules;

/// <summary>Eligibility beyond toy cohorts: rows of many words, deep manager chains, cancellation and the pair limit.</summary>
public sealed class EligibilityScaleTests
{
    [Fact]
    public void A_cohort_wider_than_one_word_per_row_matches_the_rules_pair_by_pair()
    {
        var cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 150, Mentees = 30, Seed = 7 }));
        PairRule[] rules =
        [
            new IdChecksumRule(), PairRules.ReportingLine, PairRules.LanguageOverlap, PairRules.TimeZoneWindow(3),
            PairRules.SameDepartment, PairRules.Forbidden([new(cohort.Mentors[130].Id, cohort.Mentees[3].Id)]), PairRules.Seniority,
        ];
        var eligibility = Eligibility.Evaluate(cohort, rules);

        for (var i = 0; i < cohort.Mentees.Count; i++)
        {
            for (var j = 0; j < cohort.Mentors.Count; j++)
            {
                var expected = rules.Select((r, k) => (r, k)).FirstOrDefault(x => !x.r.Allows(cohort.Mentors[j], cohort.Mentees[i], cohort), (null!, Eligibility.Allowed)).k;
                Assert.Equal(expected, eligibility.ExcludedBy(i, j));
            }
        }

        Assert.False(eligibility.IsAllowed(3, 130));
    }

    [Fact]
    public void A_chain_of_3000_managers_alternating_roles_is_followed_to_the_top_and_stops_at_an_outsider()
    {
        // p0000 manages p0001 ... manages p2999, except that p1500's manager is not a participant: two chains of 1500.
        const int Length = 3000;
        const int Split = 1500;
        static string Id(int k) => string.Create(CultureInfo.InvariantCulture, $"p{k:0000}");
        var people = Enumerable.Range(0, Length).Select(k => new Participant(
            Id(k),
            k % 2 == 0 ? ParticipantRole.Mentee : ParticipantRole.Mentor,
            managerId: k == 0 ? null : k == Split ? "outsider" : Id(k - 1)));
        var cohort = new Cohort(people);

        var eligibility = Eligibility.Evaluate(cohort, [PairRules.ReportingLine]);

        var position = (Func<Participant, int>)(p => int.Parse(p.Id[1..], CultureInfo.InvariantCulture));
        for (var i = 0; i < cohort.Mentees.Count; i++)
        {
            for (var j = 0; j < cohort.Mentors.Count; j++)
            {
                var sameChain = position(cohort.Mentees[i]) < Split == position(cohort.Mentors[j]) < Split;
                Assert.Equal(!sameChain, eligibility.IsAllowed(i, j));
            }
        }

        foreach (var (i, j) in new[] { (0, 0), (0, 749), (0, 750), (749, 0), (749, 1499), (750, 749), (1499, 1499), (600, 900) })
        {
            var mentee = cohort.Mentees[i];
            var mentor = cohort.Mentors[j];
            Assert.Equal(!cohort.Manages(mentor, mentee) && !cohort.Manages(mentee, mentor), eligibility.IsAllowed(i, j));
        }
    }

    [Fact]
    public void A_token_cancelled_during_the_rules_stops_evaluation_at_the_next_mentee()
    {
        using var cts = new CancellationTokenSource();
        var rule = new CancellingRule(cts);
        var cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 40, Mentees = 40 }));

        Assert.ThrowsAny<OperationCanceledException>(() => Eligibility.Evaluate(cohort, [rule], cts.Token));
        Assert.Equal(cohort.Mentors.Count, rule.Calls); // the first mentee's row only
    }

    [Fact]
    public void The_engine_passes_its_token_to_the_rules_stage()
    {
        using var cts = new CancellationTokenSource();
        var rule = new CancellingRule(cts);
        var people = SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 40, Mentees = 40 });
        var engine = new MatchingEngine(new MatchingOptions { Rules = [rule] });

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Match(people, cts.Token));
        Assert.Equal(40, rule.Calls);
    }

    [Fact]
    public void The_pair_limit_is_the_largest_array_one_run_can_allocate() =>
        Assert.Equal(Eligibility.MaxPairs, Array.MaxLength);

    [Fact]
    public void A_cohort_of_100000_per_side_is_refused_with_its_counts()
    {
        var ex = Assert.Throws<MatchingInputException>(() => Eligibility.ThrowIfTooLarge(100_000, 100_000));
        Assert.Equal(
            "The cohort has 100,000 mentees and 100,000 mentors: 10,000,000,000 pairs, more than the 2,147,483,591 one run can score; "
            + "split the cohort into smaller programmes.",
            ex.Message);
    }

    [Theory]
    [InlineData(46_340, 46_340, true)] // 2,147,395,600 pairs
    [InlineData(46_341, 46_341, false)] // 2,147,488,281: past int.MaxValue
    [InlineData(1, (int)Eligibility.MaxPairs, true)]
    [InlineData(2, (int)Eligibility.MaxPairs, false)]
    [InlineData(0, int.MaxValue, true)]
    public void The_limit_counts_pairs_without_overflowing(int mentees, int mentors, bool fits)
    {
        var error = Record.Exception(() => Eligibility.ThrowIfTooLarge(mentees, mentors));
        if (fits)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.IsType<MatchingInputException>(error);
        }
    }

    [Fact]
    public void The_engine_refuses_a_cohort_just_past_the_limit_before_allocating_per_pair()
    {
        // 46,341 per side is the smallest square past the limit, and past int.MaxValue: once an overflow.
        const int Side = 46_341;
        var people = Enumerable.Range(0, Side).SelectMany(k => new[]
        {
            new Participant(string.Create(CultureInfo.InvariantCulture, $"jr{k}"), ParticipantRole.Mentor, seniority: 1),
            new Participant(string.Create(CultureInfo.InvariantCulture, $"ex{k}"), ParticipantRole.Mentee, seniority: 5),
        });

        var ex = Assert.Throws<MatchingInputException>(() => new MatchingEngine().Match(people));
        Assert.StartsWith("The cohort has 46,341 mentees and 46,341 mentors: 2,147,488,281 pairs", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_64_languages_are_still_compared_exactly()
    {
        var languages = Enumerable.Range(0, 70).Select(k => string.Create(CultureInfo.InvariantCulture, $"lang{k}")).ToArray();
        var mentors = languages.Select((l, k) => Participant.Mentor(string.Create(CultureInfo.InvariantCulture, $"jr{k:00}"), 1, languages: [l]));
        var cohort = new Cohort([.. mentors, Participant.Mentee("ex", 5, languages: ["LANG69", "lang3"])]);

        var eligibility = Eligibility.Evaluate(cohort, [PairRules.LanguageOverlap]);

        Assert.Equal([3, 69], Enumerable.Range(0, 70).Where(j => eligibility.IsAllowed(0, j)));
    }

    [Fact]
    public void More_than_127_rules_are_allowed_and_the_first_excluding_one_is_named()
    {
        var cohort = new Cohort([Participant.Mentor("jr", 1), Participant.Mentee("ex", 5)]);
        PairRule[] rules = [.. Enumerable.Range(0, 200).Select(k => new ForbidMentorRule(k.ToString(CultureInfo.InvariantCulture), k >= 150 ? "jr" : "nobody"))];

        Assert.Equal(150, Eligibility.Evaluate(cohort, rules).ExcludedBy(0, 0));
    }

    [Fact]
    public void Indices_outside_the_cohort_are_refused()
    {
        var eligibility = Eligibility.Evaluate(new Cohort([Participant.Mentor("jr", 1), Participant.Mentee("ex", 5)]), PairRules.Defaults);
        Assert.Throws<ArgumentOutOfRangeException>(() => eligibility.IsAllowed(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => eligibility.ExcludedBy(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => eligibility.IsAllowed(-1, 0));
    }

    /// <summary>Cancels its source on its first call, and counts its calls.</summary>
    private sealed class CancellingRule(CancellationTokenSource source) : PairRule
    {
        public int Calls { get; private set; }

        public override string Name => "cancelling";

        public override string ExclusionReason => "cancelled";

        public override bool Allows(Participant mentor, Participant mentee, Cohort cohort)
        {
            if (Calls++ == 0)
            {
                source.Cancel();
            }

            return true;
        }
    }
}
