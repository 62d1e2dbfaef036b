using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;
using static ReverseMentoring.Matching.Tests.Support.People;

namespace ReverseMentoring.Matching.Tests.Scoring;

/// <summary>Built-in and user scorers on one hand-made pair, checked on both the per-pair and the bulk path.</summary>
public class ScorerTests
{
    // Mentor ana: Technology 5, SocialMedia 3, Leadership 1, strategy 2; wants Leadership 1, STRATEGY 1; Eng, Paris; en.
    // Mentee cfo: Technology 1, SocialMedia 4, Leadership 5, Strategy 2; wants Technology 1, SocialMedia 1, Trends 0.5; Finance, paris; EN.
    //
    // SkillGap   = (1·(5−1) + 1·max(0, 3−4) + 0.5·max(0, 0−0)) / (5 · 2.5) = 4 / 12.5 = 0.32
    // Reciprocal = (1·(5−1) + 1·max(0, 2−2)) / (5 · 2) = 4 / 10 = 0.4
    // Network    = departments differ (0.5) + locations equal ignoring case (0) = 0.5
    private static readonly Participant Ana = Participant.Mentor(
        "ana", 1, department: "Eng", location: "Paris", languages: ["en"],
        skills: Areas((SkillAreas.Technology, 5), (SkillAreas.SocialMedia, 3), ("Leadership", 1), ("strategy", 2)),
        goals: Areas(("Leadership", 1), ("STRATEGY", 1)));

    private static readonly Participant Cfo = Participant.Mentee(
        "cfo", 5, department: "Finance", location: "paris", languages: ["EN"],
        skills: Areas((SkillAreas.Technology, 1), (SkillAreas.SocialMedia, 4), ("Leadership", 5), ("Strategy", 2)),
        goals: Areas((SkillAreas.Technology, 1), (SkillAreas.SocialMedia, 1), (SkillAreas.Trends, 0.5)));

    private static double[] PerPair(PairScorer scorer, Participant mentor, Participant mentee)
    {
        var components = new double[scorer.ComponentNames.Count];
        scorer.Score(mentor, mentee, components);
        return components;
    }

    private static CohortScores Bulk(PairScorer scorer, params Participant[] people) =>
        CohortScores.Compute(Eligibility.Evaluate(new Cohort(people), []), scorer);

    private static void AssertScores(PairScorer scorer, double expectedScore, params (string Name, double Value)[] expected)
    {
        Assert.Equal(expected.Select(e => e.Name), scorer.ComponentNames);

        var perPair = PerPair(scorer, Ana, Cfo);
        var bulk = Bulk(scorer, Ana, Cfo);
        var breakdown = bulk.Breakdown(0, 0);
        for (var c = 0; c < expected.Length; c++)
        {
            Assert.Equal(expected[c].Value, perPair[c], 12);
            Assert.Equal(expected[c].Name, breakdown[c].Name);
            Assert.Equal(expected[c].Value, breakdown[c].Value, 12);
        }

        Assert.Equal(expectedScore, bulk.Score(0, 0), 12);
        Assert.Equal(expectedScore, breakdown.Sum(b => b.Value), 12);
    }

    [Fact]
    public void SkillGap_hand_computed() => AssertScores(PairScorers.SkillGap, 0.32, ("SkillGap", 0.32));

    [Fact]
    public void Reciprocal_hand_computed() => AssertScores(PairScorers.Reciprocal, 0.4, ("Reciprocal", 0.4));

    [Fact]
    public void NetworkReach_hand_computed() => AssertScores(PairScorers.NetworkReach, 0.5, ("NetworkReach", 0.5));

    [Fact]
    public void Composite_default_weights_hand_computed()
    {
        // 0.6·0.32 + 0.25·0.4 + 0.15·0.5 = 0.192 + 0.1 + 0.075 = 0.367
        AssertScores(PairScorers.Default, 0.367, ("SkillGap", 0.192), ("Reciprocal", 0.1), ("NetworkReach", 0.075));
        AssertScores(PairScorers.Composite(), 0.367, ("SkillGap", 0.192), ("Reciprocal", 0.1), ("NetworkReach", 0.075));
    }

    [Fact]
    public void Composite_custom_weights_are_normalised()
    {
        // Weights 2 / 1 / 1 → 0.5 / 0.25 / 0.25: 0.16 + 0.1 + 0.125 = 0.385
        var scorer = PairScorers.Composite(new CompositeScorerOptions { SkillGapWeight = 2, ReciprocalWeight = 1, NetworkReachWeight = 1 });
        AssertScores(scorer, 0.385, ("SkillGap", 0.16), ("Reciprocal", 0.1), ("NetworkReach", 0.125));
    }

    [Fact]
    public void Composite_with_only_one_weight_is_that_scorer()
    {
        var scorer = PairScorers.Composite(new CompositeScorerOptions { SkillGapWeight = 0, ReciprocalWeight = 0, NetworkReachWeight = 3 });
        AssertScores(scorer, 0.5, ("SkillGap", 0), ("Reciprocal", 0), ("NetworkReach", 0.5));
    }

    [Fact]
    public void User_scorer_plugs_into_Weighted_with_no_library_change()
    {
        // Weights 3 / 1 → 0.75 / 0.25: 0.75·0.32 + 0.25·1 (en = EN) = 0.24 + 0.25 = 0.49
        var scorer = PairScorers.Weighted((PairScorers.SkillGap, 3), (new SharedLanguageScorer(), 1));
        AssertScores(scorer, 0.49, ("SkillGap", 0.24), ("SharedLanguage", 0.25));
    }

    [Fact]
    public void User_scorer_alone_scores_on_both_paths()
    {
        AssertScores(new SharedLanguageScorer(), 1, ("SharedLanguage", 1));
    }

    [Fact]
    public void Weighted_can_nest()
    {
        // Inner: 0.5·SkillGap + 0.5·Reciprocal; outer: 0.5·inner + 0.5·NetworkReach.
        // 0.25·0.32 + 0.25·0.4 + 0.5·0.5 = 0.08 + 0.1 + 0.25 = 0.43
        var inner = PairScorers.Weighted((PairScorers.SkillGap, 1), (PairScorers.Reciprocal, 1));
        var scorer = PairScorers.Weighted((inner, 1), (PairScorers.NetworkReach, 1));
        AssertScores(scorer, 0.43, ("SkillGap", 0.08), ("Reciprocal", 0.1), ("NetworkReach", 0.25));
    }

    [Fact]
    public void Gap_is_zero_without_goals_and_never_negative()
    {
        // bo wants nothing; cmo knows more than bo everywhere bo wants to learn... here: bo has no goals at all.
        var bo = Participant.Mentor("bo", 1, skills: Areas((SkillAreas.Technology, 0)));
        var cmo = Participant.Mentee("cmo", 5, skills: Areas((SkillAreas.Technology, 5)), goals: Areas((SkillAreas.Technology, 1)));
        Assert.Equal(0, PerPair(PairScorers.SkillGap, bo, cmo)[0]);     // mentor level 0 < mentee 5: no negative gap
        Assert.Equal(0, PerPair(PairScorers.Reciprocal, bo, cmo)[0]);   // bo has no goals
        Assert.Equal(0, Bulk(PairScorers.SkillGap, bo, cmo).Score(0, 0));
        Assert.Equal(0, Bulk(PairScorers.Reciprocal, bo, cmo).Score(0, 0));
    }

    [Fact]
    public void Zero_goals_count_as_no_goals()
    {
        // A goal of 0 on every area: sum of goals is 0 → score 0 (not NaN).
        var bo = Participant.Mentor("bo", 1, skills: Areas((SkillAreas.Technology, 5)));
        var cmo = Participant.Mentee("cmo", 5, goals: Areas((SkillAreas.Technology, 0)));
        Assert.Equal(0, PerPair(PairScorers.SkillGap, bo, cmo)[0]);
        Assert.Equal(0, Bulk(PairScorers.SkillGap, bo, cmo).Score(0, 0));
    }

    [Theory]
    [InlineData("Eng", "Eng", "Paris", "NYC", 0.5)]
    [InlineData("Eng", "Finance", "Paris", "NYC", 1.0)]
    [InlineData("Eng", "ENG", "Paris", "PARIS", 0.0)]
    [InlineData(null, "Finance", "Paris", "NYC", 0.5)]
    [InlineData(null, null, null, "NYC", 0.0)]
    public void NetworkReach_counts_known_differences(string? d1, string? d2, string? l1, string? l2, double expected)
    {
        var mentor = Participant.Mentor("m", 1, department: d1, location: l1);
        var mentee = Participant.Mentee("e", 5, department: d2, location: l2);
        Assert.Equal(expected, PerPair(PairScorers.NetworkReach, mentor, mentee)[0]);
        Assert.Equal(expected, Bulk(PairScorers.NetworkReach, mentor, mentee).Score(0, 0));
    }

    [Fact]
    public void Perfect_gap_scores_one()
    {
        var ana = Participant.Mentor("ana", 1, skills: Areas((SkillAreas.Technology, 5)));
        var cfo = Participant.Mentee("cfo", 5, goals: Areas((SkillAreas.Technology, 0.3)));
        Assert.Equal(1, Bulk(PairScorers.SkillGap, ana, cfo).Score(0, 0), 12);
    }
}

public class BrokenScorerTests
{
    private static readonly Participant[] Pair = [Participant.Mentor("ana", 1), Participant.Mentee("cfo", 5)];

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Broken_user_scorer_is_named_in_an_InvalidOperationException(double value)
    {
        var eligibility = Eligibility.Evaluate(new Cohort(Pair), []);
        var ex = Assert.Throws<InvalidOperationException>(() => CohortScores.Compute(eligibility, new BrokenScorer(value)));
        Assert.Contains(nameof(BrokenScorer), ex.Message, StringComparison.Ordinal);
        Assert.Contains("'ana'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'cfo'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_user_scorer_fails_the_engine_run()
    {
        var engine = new MatchingEngine(new MatchingOptions { Scorer = new BrokenScorer(2) });
        var ex = Assert.Throws<InvalidOperationException>(() => engine.Match(Pair));
        Assert.Contains(nameof(BrokenScorer), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_user_scorer_inside_Weighted_is_named()
    {
        // The NaN propagates to the weighted sum, so the run fails; the message should name the user's scorer
        // (the part that broke the contract), not the library's internal wrapper.
        var scorer = PairScorers.Weighted((PairScorers.SkillGap, 1), (new BrokenScorer(double.NaN), 1));
        var eligibility = Eligibility.Evaluate(new Cohort(Pair), []);
        var ex = Assert.Throws<InvalidOperationException>(() => CohortScores.Compute(eligibility, scorer));
        Assert.Contains(nameof(BrokenScorer), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_user_scorer_inside_Weighted_is_not_silently_accepted()
    {
        // BrokenScorer returns 2 (outside [0, 1]); NetworkReach is 0 for this pair (nothing known).
        // Normalised weights 0.5 / 0.5 give 0.5·2 + 0.5·0 = 1.0, which looks valid: the contract breach is hidden.
        var scorer = PairScorers.Weighted((new BrokenScorer(2), 1), (PairScorers.NetworkReach, 1));
        var eligibility = Eligibility.Evaluate(new Cohort(Pair), []);
        var ex = Assert.Throws<InvalidOperationException>(() => CohortScores.Compute(eligibility, scorer));
        Assert.Contains(nameof(BrokenScorer), ex.Message, StringComparison.Ordinal);
    }
}

public class WeightedScorerValidationTests
{
    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Bad_weight_is_rejected(double weight)
    {
        Assert.ThrowsAny<ArgumentException>(() => PairScorers.Weighted((PairScorers.SkillGap, 1), (PairScorers.Reciprocal, weight)));
    }

    [Fact]
    public void All_zero_weights_are_rejected()
    {
        Assert.ThrowsAny<ArgumentException>(() => PairScorers.Weighted((PairScorers.SkillGap, 0), (PairScorers.Reciprocal, 0)));
    }

    [Fact]
    public void No_parts_are_rejected()
    {
        Assert.ThrowsAny<ArgumentException>(() => PairScorers.Weighted());
    }

    [Fact]
    public void Duplicate_component_names_are_rejected()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => PairScorers.Weighted((PairScorers.SkillGap, 1), (PairScorers.SkillGap, 2)));
        Assert.Contains("SkillGap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_component_name_from_a_nested_part_is_rejected()
    {
        var inner = PairScorers.Weighted((PairScorers.NetworkReach, 1), (new SharedLanguageScorer(), 1));
        Assert.ThrowsAny<ArgumentException>(() => PairScorers.Weighted((inner, 1), (new SharedLanguageScorer(), 1)));
    }

    [Fact]
    public void Null_part_is_rejected()
    {
        Assert.ThrowsAny<ArgumentException>(() => PairScorers.Weighted((null!, 1)));
    }

    [Theory]
    [InlineData(-1, 1, 1)]
    [InlineData(1, double.NaN, 1)]
    [InlineData(0, 0, 0)]
    public void Composite_rejects_bad_options(double gap, double reciprocal, double reach)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PairScorers.Composite(
            new CompositeScorerOptions { SkillGapWeight = gap, ReciprocalWeight = reciprocal, NetworkReachWeight = reach }));
    }
}
