using Microsoft.Extensions.Logging;
using ReverseMentoring.Matching.Diagnostics;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Integration;

public sealed class LoggingTests
{
    private static (MatchingEngine Engine, CapturingLogger<MatchingEngine> Log) Engine(MatchingOptions? options = null)
    {
        var log = new CapturingLogger<MatchingEngine>();
        return (new MatchingEngine(options, log), log);
    }

    [Fact]
    public void A_run_writes_started_stage_timings_solver_status_and_finished_in_order()
    {
        var (engine, log) = Engine();

        engine.Match(Cohorts.Small());

        Assert.Equal(
            [
                MatchingEventIds.RunStarted,
                MatchingEventIds.StageCompleted, // validate
                MatchingEventIds.StageCompleted, // rules
                MatchingEventIds.StageCompleted, // scoring
                MatchingEventIds.SolverFinished,
                MatchingEventIds.StageCompleted, // solving
                MatchingEventIds.StageCompleted, // explaining
                MatchingEventIds.RunFinished,
            ],
            log.Events.Select(e => e.Id.Id));
        Assert.Equal(
            [MatchingStage.Validate, MatchingStage.Rules, MatchingStage.Scoring, MatchingStage.Solving, MatchingStage.Explaining],
            log.Events.Where(e => e.Id.Id == MatchingEventIds.StageCompleted).Select(e => (MatchingStage)e.Value("Stage")!));
        Assert.All(log.Events.Where(e => e.Id.Id == MatchingEventIds.StageCompleted), e => Assert.Equal(LogLevel.Debug, e.Level));
    }

    [Fact]
    public void Run_started_and_finished_carry_the_counts_and_the_solver_event_its_status()
    {
        var (engine, log) = Engine();

        engine.Match(Cohorts.Small());

        var started = log.Events.Single(e => e.Id.Id == MatchingEventIds.RunStarted);
        Assert.Equal(LogLevel.Information, started.Level);
        Assert.Equal("RunStarted", started.Id.Name);
        Assert.Equal(3, started.Value("MentorCount"));
        Assert.Equal(2, started.Value("MenteeCount"));
        Assert.Equal(2, started.Value("RuleCount"));
        var solver = log.Events.Single(e => e.Id.Id == MatchingEventIds.SolverFinished);
        Assert.Equal(SolverStatus.Optimal, solver.Value("Status"));
        Assert.Equal("MinCostFlow", solver.Value("Solver")); // 3 mentors x 2 mentees is clearly rectangular
        Assert.Equal(2, solver.Value("PairCount"));
        var finished = log.Events.Single(e => e.Id.Id == MatchingEventIds.RunFinished);
        Assert.Equal(2, finished.Value("PairCount"));
        Assert.Equal(0, finished.Value("UnmatchedMentees"));
        Assert.Equal(1, finished.Value("UnmatchedMentors"));
        Assert.StartsWith("Matching run finished: 2 pairs, 0 unmatched mentees, 1 unmatched mentors", finished.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_no_participant_id_or_name_appears_in_any_event()
    {
        var (engine, log) = Engine();

        var pairing = engine.Match(Cohorts.Small());

        Assert.Equal(2, pairing.Pairs.Count);
        Assert.Single(pairing.UnmatchedMentors);
        Assert.NotEmpty(log.Events);
        AssertNoPersonalData(log);
    }

    [Fact]
    public void A_failed_run_logs_the_stage_and_exception_type_but_not_the_message_that_names_people()
    {
        var (engine, log) = Engine();
        var people = Cohorts.Small().Append(new Participant("zq-mentor-ana", ParticipantRole.Mentor, name: "Anastasia Quillfeather"));

        var error = Assert.Throws<ParticipantValidationException>(() => engine.Match(people));

        Assert.Contains("zq-mentor-ana", error.Message, StringComparison.Ordinal); // the exception does name the person...
        var failed = Assert.Single(log.Events);
        Assert.Equal(MatchingEventIds.RunFailed, failed.Id.Id);
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Equal(MatchingStage.Validate, failed.Value("Stage"));
        Assert.Equal(nameof(ParticipantValidationException), failed.Value("ExceptionType"));
        Assert.Null(failed.Exception);
        AssertNoPersonalData(log); // ...the log does not
    }

    [Fact]
    public void A_pinned_pair_that_breaks_a_rule_fails_in_the_rules_stage_without_ids_in_the_log()
    {
        var (engine, log) = Engine(new MatchingOptions { PinnedPairs = [new ParticipantPair("zq-mentor-cy", "zq-exec-cfo")] });

        Assert.Throws<MatchingInputException>(() => engine.Match(Cohorts.Small()));

        var failed = log.Events.Single(e => e.Id.Id == MatchingEventIds.RunFailed);
        Assert.Equal(MatchingStage.Rules, failed.Value("Stage"));
        AssertNoPersonalData(log);
    }

    [Fact]
    public void A_cancelled_run_logs_run_canceled_with_its_stage()
    {
        var (engine, log) = Engine();
        using var cts = new CancellationTokenSource();
        var progress = new RecordingProgress(p =>
        {
            if (p.Stage == MatchingStage.Rules)
            {
                cts.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Match(Cohorts.Small(), progress, cts.Token));

        var canceled = log.Events[^1];
        Assert.Equal(MatchingEventIds.RunCanceled, canceled.Id.Id);
        Assert.Equal(MatchingStage.Rules, canceled.Value("Stage"));
        Assert.DoesNotContain(log.Events, e => e.Id.Id is MatchingEventIds.RunFinished or MatchingEventIds.RunFailed);
    }

    [Fact]
    public void Opting_in_logs_each_pair_and_each_unmatched_id_at_debug()
    {
        var (engine, log) = Engine(new MatchingOptions { LogParticipantIds = true });

        engine.Match(Cohorts.Small());

        var pairs = log.Events.Where(e => e.Id.Id == MatchingEventIds.PairChosen).ToArray();
        Assert.All(pairs, e => Assert.Equal(LogLevel.Debug, e.Level));
        Assert.Equal(
            [("zq-mentor-ana", "zq-exec-cfo"), ("zq-mentor-bo", "zq-exec-cmo")],
            pairs.Select(e => ((string)e.Value("MentorId")!, (string)e.Value("MenteeId")!)));
        var unmatched = Assert.Single(log.Events, e => e.Id.Id == MatchingEventIds.ParticipantUnmatched);
        Assert.Equal(LogLevel.Debug, unmatched.Level);
        Assert.Equal("zq-mentor-cy", unmatched.Value("ParticipantId"));
        Assert.Contains("zq-mentor-cy", unmatched.Message, StringComparison.Ordinal);
        // Names are never logged, even when ids are.
        Assert.DoesNotContain(log.Events.SelectMany(e => e.AllText()), t => t.Contains("Quillfeather", StringComparison.Ordinal));
    }

    [Fact]
    public void An_engine_without_a_logger_runs_as_before()
    {
        var pairing = new MatchingEngine(null, null).Match(Cohorts.Small());

        Assert.Equal(2, pairing.Pairs.Count);
    }

    private static void AssertNoPersonalData(CapturingLogger<MatchingEngine> log)
    {
        foreach (var text in log.Events.SelectMany(e => e.AllText()))
        {
            foreach (var personal in Cohorts.PersonalData)
            {
                Assert.False(text.Contains(personal, StringComparison.OrdinalIgnoreCase), $"'{personal}' leaked into the log: {text}");
            }
        }
    }
}
