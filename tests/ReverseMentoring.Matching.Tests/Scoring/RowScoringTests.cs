using FsCheck.Xunit;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Scoring;

/// <summary>
/// The row path of <see cref="CohortScores.Compute(Eligibility, PairScorer, CancellationToken)"/> on cohorts wide
/// enough for its vector loops and their tails, against the per-pair path and the documented formulas.
/// </summary>
public class RowScoringTests
{
    private static readonly (string Name, PairScorer Scorer, Func<Participant, Participant, double> Reference)[] Scorers =
    [
        ("SkillGap", PairScorers.SkillGap, ReferenceScores.SkillGap),
        ("Reciprocal", PairScorers.Reciprocal, ReferenceScores.Reciprocal),
        ("NetworkReach", PairScorers.NetworkReach, ReferenceScores.NetworkReach),
        ("Default", PairScorers.Default, (m, e) => ReferenceScores.Composite(m, e)),
        ("Composite 3/0/1", PairScorers.Composite(new CompositeScorerOptions { SkillGapWeight = 3, ReciprocalWeight = 0, NetworkReachWeight = 1 }),
            (m, e) => ReferenceScores.Composite(m, e, 3, 0, 1)),
        ("Weighted user", PairScorers.Weighted((PairScorers.Reciprocal, 1), (new SharedLanguageScorer(), 1)),
            (m, e) => ReferenceScores.Reciprocal(m, e) / 2),
    ];

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(WideCohortArbitraries) })]
    public void Every_cell_is_the_reference_score_or_NaN_where_not_allowed(WideCohortCase c)
    {
        var cohort = c.Cohort;
        var eligibility = Eligibility.Evaluate(cohort, [PairRules.Forbidden(c.Forbidden)]);
        foreach (var (name, scorer, reference) in Scorers)
        {
            var scores = CohortScores.Compute(eligibility, scorer);
            var cells = scores.Matrix.Singles!;
            for (var i = 0; i < cohort.Mentees.Count; i++)
            {
                for (var j = 0; j < cohort.Mentors.Count; j++)
                {
                    var cell = cells[(i * cohort.Mentors.Count) + j];
                    if (!eligibility.IsAllowed(i, j))
                    {
                        Assert.True(float.IsNaN(cell), $"{name} ({i}, {j}) is not allowed but holds {cell}");
                        continue;
                    }

                    var expected = reference(cohort.Mentors[j], cohort.Mentees[i]);
                    Assert.True(Math.Abs(expected - cell) <= 1e-7, $"{name} ({i}, {j}): reference {expected}, matrix {cell}");
                }
            }
        }
    }

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(WideCohortArbitraries) })]
    public void A_built_in_row_in_double_equals_the_per_pair_scores(WideCohortCase c)
    {
        // Finer than the float32 matrix can show: every vector lane and every tail pair is the per-pair value.
        var cohort = c.Cohort;
        var table = new ScoringTable(cohort.Mentors, cohort.Mentees);
        foreach (var (name, scorer, _) in Scorers)
        {
            var components = new double[scorer.ComponentNames.Count];
            var row = new double[cohort.Mentors.Count];
            for (var i = 0; i < cohort.Mentees.Count; i++)
            {
                Array.Fill(row, 0.25); // a row accumulates: what was there stays
                scorer.AddColumns(table, i, 0, row, 0.5);
                for (var j = 0; j < row.Length; j++)
                {
                    scorer.Score(cohort.Mentors[j], cohort.Mentees[i], components);
                    var expected = 0.25 + (0.5 * components.Sum());
                    Assert.True(Math.Abs(expected - row[j]) <= 1e-12, $"{name} ({i}, {j}): per pair {expected}, row {row[j]}");
                }
            }
        }
    }

    [Fact]
    public void Breakdown_is_computed_again_and_sums_to_the_exact_score()
    {
        var cohort = new Cohort(SyntheticCohortPeople(7, 9));
        var scores = CohortScores.Compute(Eligibility.Evaluate(cohort, []), PairScorers.Default);
        var components = new double[3];
        PairScorers.Default.Score(cohort.Mentors[4], cohort.Mentees[2], components);

        Assert.Equal(components, scores.Breakdown(2, 4).Select(b => b.Value));
        Assert.Equal(Math.Clamp(components.Sum(), 0, 1), scores.Score(2, 4), 15);
        Assert.Throws<ArgumentOutOfRangeException>(() => scores.Breakdown(7, 0));
    }

    [Fact]
    public void A_broken_user_scorer_fails_with_the_message_naming_it_and_the_pair()
    {
        var people = SyntheticCohortPeople(2, 11);
        var cohort = new Cohort(people);
        var broken = new BrokenAtScorer(cohort.Mentors[9].Id, cohort.Mentees[1].Id, 1.5);

        var alone = Assert.Throws<InvalidOperationException>(() => CohortScores.Compute(Eligibility.Evaluate(cohort, []), broken));
        var inside = Assert.Throws<InvalidOperationException>(() => CohortScores.Compute(
            Eligibility.Evaluate(cohort, []), PairScorers.Weighted((PairScorers.Default, 1), (broken, 1))));

        var expected = $"Scorer BrokenAtScorer scored mentor '{cohort.Mentors[9].Id}' with mentee '{cohort.Mentees[1].Id}' 1.5; a score must be a finite number in [0, 1].";
        Assert.Equal(expected, alone.Message);
        Assert.Equal(expected, inside.Message);
    }

    [Fact]
    public void A_cancelled_token_stops_scoring()
    {
        var eligibility = Eligibility.Evaluate(new Cohort(SyntheticCohortPeople(3, 3)), []);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => CohortScores.Compute(eligibility, PairScorers.Default, cts.Token));
    }

    [Fact]
    public void Cancelling_while_scoring_stops_before_the_next_row()
    {
        var eligibility = Eligibility.Evaluate(new Cohort(SyntheticCohortPeople(5, 4)), []);
        using var cts = new CancellationTokenSource();
        var scorer = new CancellingScorer(cts);

        Assert.ThrowsAny<OperationCanceledException>(() => CohortScores.Compute(eligibility, scorer, cts.Token));
        Assert.Equal(4, scorer.Calls); // the first row's mentors, then the token is seen
    }

    [Fact]
    public void Rows_with_nobody_allowed_are_not_scored()
    {
        var cohort = new Cohort(SyntheticCohortPeople(3, 4));
        var forbidden = cohort.Mentors.Select(m => new ParticipantPair(m.Id, cohort.Mentees[1].Id));
        var scorer = new CancellingScorer(new CancellationTokenSource()); // counts calls

        var scores = CohortScores.Compute(Eligibility.Evaluate(cohort, [PairRules.Forbidden(forbidden)]), scorer);

        Assert.Equal(2 * 4, scorer.Calls);
        Assert.Equal(8, scores.Matrix.AllowedCount);
    }

    [Fact]
    public void Compute_allocates_the_float32_matrix_and_little_more()
    {
        // Peak memory target: at most 1.5x the float32 matrix, so no per-pair component array may be allocated.
        var cohort = new Cohort(SyntheticCohortPeople(300, 300));
        var eligibility = Eligibility.Evaluate(cohort, PairRules.Defaults);
        _ = CohortScores.Compute(eligibility, PairScorers.Default); // warm up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var scores = CohortScores.Compute(eligibility, PairScorers.Default);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        const long cells = 300 * 300;
        Assert.True(allocated < (4 * cells * 1.5) + (128 * 1024), $"{allocated:N0} bytes for {cells:N0} cells");
        Assert.True(allocated >= 4 * cells);
        GC.KeepAlive(scores);
    }

    private static IReadOnlyList<Participant> SyntheticCohortPeople(int mentees, int mentors) =>
        Matching.Generating.SyntheticCohort.Generate(new Matching.Generating.SyntheticCohortOptions { Mentees = mentees, Mentors = mentors });

    /// <summary>Scores 0.5 everywhere except one pair, where it breaks the contract.</summary>
    private sealed class BrokenAtScorer(string mentorId, string menteeId, double value) : PairScorer
    {
        public override IReadOnlyList<string> ComponentNames { get; } = ["BrokenAt"];

        public override void Score(Participant mentor, Participant mentee, Span<double> components) =>
            components[0] = mentor.Id == mentorId && mentee.Id == menteeId ? value : 0.5;
    }

    /// <summary>Counts its calls and cancels the token on the first one.</summary>
    private sealed class CancellingScorer(CancellationTokenSource cts) : PairScorer
    {
        public int Calls { get; private set; }

        public override IReadOnlyList<string> ComponentNames { get; } = ["Counting"];

        public override void Score(Participant mentor, Participant mentee, Span<double> components)
        {
            Calls++;
            cts.Cancel();
            components[0] = 0;
        }
    }
}
