using ReverseMentoring.Matching.Diagnostics;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Integration;

public sealed class ProgressTests
{
    private static readonly MatchingStage[] AllStages =
    [
        MatchingStage.Validate, MatchingStage.Rules, MatchingStage.Scoring, MatchingStage.Solving, MatchingStage.Explaining,
        MatchingStage.Completed,
    ];

    [Fact]
    public void Every_stage_is_reported_once_in_order_then_completed()
    {
        var progress = new RecordingProgress();

        var pairing = new MatchingEngine().Match(Cohorts.Small(), progress);

        Assert.Equal(AllStages, progress.Stages);
        Assert.Equal(2, pairing.Pairs.Count);
        Assert.Equal(0, progress.Reports[0].Fraction);
        Assert.Equal(1, progress.Reports[^1].Fraction);
        Assert.True(progress.Reports.Zip(progress.Reports.Skip(1)).All(p => p.First.Elapsed <= p.Second.Elapsed));
        Assert.True(progress.Reports[^2].Elapsed <= pairing.Elapsed); // explaining began before the pairing was timed
    }

    [Fact]
    public void A_validated_cohort_reports_the_same_stages()
    {
        var progress = new RecordingProgress();

        new MatchingEngine().Match(new Cohort(Cohorts.Small()), progress);

        Assert.Equal(AllStages, progress.Stages);
    }

    [Fact]
    public void An_empty_cohort_still_reports_every_stage()
    {
        var progress = new RecordingProgress();

        var pairing = new MatchingEngine().Match([], progress);

        Assert.Empty(pairing.Pairs);
        Assert.Equal(AllStages, progress.Stages);
    }

    [Fact]
    public void A_token_cancelled_before_the_run_stops_it_before_anything_is_reported()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var progress = new RecordingProgress();

        Assert.ThrowsAny<OperationCanceledException>(() => new MatchingEngine().Match(Cohorts.Small(), progress, cts.Token));

        Assert.Empty(progress.Reports);
    }

    [Theory]
    [InlineData(MatchingStage.Validate, false)]
    [InlineData(MatchingStage.Rules, false)]
    [InlineData(MatchingStage.Scoring, false)] // scoring checks the token before each mentee row
    [InlineData(MatchingStage.Solving, true)]
    public void Cancelling_during_a_stage_stops_the_run_before_the_next_stage(MatchingStage cancelIn, bool scorerRuns)
    {
        using var cts = new CancellationTokenSource();
        var progress = new RecordingProgress(p =>
        {
            if (p.Stage == cancelIn)
            {
                cts.Cancel();
            }
        });
        var scorer = new CountingScorer();
        var engine = new MatchingEngine(new MatchingOptions { Scorer = scorer });

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Match(Cohorts.Small(), progress, cts.Token));

        Assert.Equal(AllStages.TakeWhile(s => s != cancelIn).Append(cancelIn), progress.Stages);
        Assert.Equal(scorerRuns, scorer.Calls > 0);
    }

    [Fact]
    public void Cancelling_during_the_last_stage_still_returns_the_finished_pairing()
    {
        // The token is checked before each stage begins; once explaining has begun there is no stage left to skip.
        using var cts = new CancellationTokenSource();
        var progress = new RecordingProgress(p =>
        {
            if (p.Stage == MatchingStage.Explaining)
            {
                cts.Cancel();
            }
        });

        var pairing = new MatchingEngine().Match(Cohorts.Small(), progress, cts.Token);

        Assert.Equal(2, pairing.Pairs.Count);
        Assert.Equal(AllStages, progress.Stages);
    }

    [Fact]
    public void The_overloads_without_progress_give_the_same_pairing()
    {
        var engine = new MatchingEngine();

        var plain = engine.Match(Cohorts.Small());
        var tracked = engine.Match(Cohorts.Small(), new RecordingProgress());

        Assert.Equal(plain.Pairs.Select(p => (p.MenteeId, p.MentorId, p.Score)), tracked.Pairs.Select(p => (p.MenteeId, p.MentorId, p.Score)));
    }

    private sealed class CountingScorer : PairScorer
    {
        private int _calls;

        public int Calls => _calls;

        public override IReadOnlyList<string> ComponentNames { get; } = ["Counting"];

        public override void Score(Participant mentor, Participant mentee, Span<double> components)
        {
            Interlocked.Increment(ref _calls);
            components[0] = 0.5;
        }
    }
}
