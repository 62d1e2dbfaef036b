using ReverseMentoring.Matching.Diagnostics;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Integration;

public sealed class MatchAsyncTests
{
    private static readonly IReadOnlyList<Participant> People =
        SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 30, Mentees = 25, Seed = 7 });

    [Fact]
    public async Task MatchAsync_gives_the_pairing_Match_gives()
    {
        var engine = new MatchingEngine();

        var expected = engine.Match(People);
        var fromList = await engine.MatchAsync(People);
        var fromCohort = await engine.MatchAsync(new Cohort(People), new RecordingProgress());

        Assert.NotEmpty(expected.Pairs);
        Assert.Equal(Describe(expected), Describe(fromList));
        Assert.Equal(Describe(expected), Describe(fromCohort));
    }

    [Fact]
    public async Task A_token_cancelled_before_the_call_gives_a_cancelled_task()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var task = new MatchingEngine().MatchAsync(People, cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.True(task.IsCanceled);
    }

    [Fact]
    public async Task A_token_cancelled_while_the_engine_scores_cancels_the_task()
    {
        using var cts = new CancellationTokenSource();
        var progress = new RecordingProgress(p =>
        {
            if (p.Stage == MatchingStage.Scoring)
            {
                cts.Cancel();
            }
        });

        var task = new MatchingEngine().MatchAsync(new Cohort(People), progress, cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.True(task.IsCanceled);
        Assert.DoesNotContain(MatchingStage.Solving, progress.Stages);
    }

    [Fact]
    public async Task The_work_runs_after_the_call_returned_so_the_callers_thread_is_free()
    {
        // The engine's first progress report waits for the caller to have got its task back: an engine that ran on the
        // caller's thread would reach it before returning, wait out the bound and record false.
        using var returned = new ManualResetEventSlim();
        var callerWasFree = (bool?)null;
        var progress = new RecordingProgress(_ => callerWasFree ??= returned.Wait(TimeSpan.FromSeconds(30)));

        var task = new MatchingEngine().MatchAsync(People, progress);
        returned.Set();
        await task;

        Assert.True(callerWasFree);
    }

    [Fact]
    public async Task The_participants_are_read_before_MatchAsync_returns()
    {
        var people = People.ToList();
        var engine = new MatchingEngine();
        var expected = engine.Match(people);
        using var returned = new ManualResetEventSlim();

        var task = engine.MatchAsync(people, new RecordingProgress(_ => returned.Wait(TimeSpan.FromSeconds(30))));
        people.Clear();
        returned.Set();

        Assert.Equal(Describe(expected), Describe(await task));
    }

    [Fact]
    public void Null_arguments_throw_at_once()
    {
        var engine = new MatchingEngine();

        Assert.Throws<ArgumentNullException>(() => { _ = engine.MatchAsync((IEnumerable<Participant>)null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = engine.MatchAsync((Cohort)null!); });
    }

    private static string Describe(Pairing pairing) =>
        string.Join("; ", pairing.Pairs.Select(p => $"{p.MentorId}>{p.MenteeId}:{p.Score:R}")
            .Concat(pairing.UnmatchedMentees.Concat(pairing.UnmatchedMentors).Select(u => $"{u.Id}:{u.Reason}")))
        + $" | {pairing.Status} {pairing.TotalScore:R}";
}
