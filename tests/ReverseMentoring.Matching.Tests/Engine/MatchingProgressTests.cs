using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Engine;

public sealed class MatchingProgressTests
{
    private sealed class Recorder : IProgress<MatchingStage>
    {
        public List<(MatchingStage Stage, int Thread)> Reports { get; } = [];

        public void Report(MatchingStage value) => Reports.Add((value, Environment.CurrentManagedThreadId));
    }

    [Fact]
    public void Each_stage_is_reported_once_in_pipeline_order_on_the_calling_thread()
    {
        var cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 10, Mentees = 8 }));
        var recorder = new Recorder();

        var withProgress = new MatchingEngine().Match(cohort, recorder);
        var without = new MatchingEngine().Match(cohort);

        Assert.Equal(
            [MatchingStage.Rules, MatchingStage.Scoring, MatchingStage.Solving, MatchingStage.Explaining],
            recorder.Reports.Select(r => r.Stage));
        Assert.All(recorder.Reports, r => Assert.Equal(Environment.CurrentManagedThreadId, r.Thread));
        Assert.Equal(without.Pairs.Select(p => (p.MenteeId, p.MentorId)), withProgress.Pairs.Select(p => (p.MenteeId, p.MentorId)));
    }
}
