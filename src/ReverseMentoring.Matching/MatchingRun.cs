using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Diagnostics;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching;

/// <summary>
/// Follows one run of the engine through its stages: checks the token between stages, reports progress when a stage
/// begins, and writes the log events. Not thread-safe: one instance per run.
/// </summary>
internal sealed class MatchingRun
{
    private readonly ILogger _logger;
    private readonly MatchingOptions _options;
    private readonly IProgress<MatchingProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _stageStart;
    private bool _inStage;

    public MatchingRun(ILogger logger, MatchingOptions options, IProgress<MatchingProgress>? progress, CancellationToken cancellationToken)
    {
        _logger = logger;
        _options = options;
        _progress = progress;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The stage running now (the last one begun).</summary>
    public MatchingStage Stage { get; private set; } = MatchingStage.Validate;

    /// <summary>Time since the run began.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Ends the current stage, throws if cancellation was requested, then begins <paramref name="next"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Begin(MatchingStage next)
    {
        EndStage();
        _cancellationToken.ThrowIfCancellationRequested();
        Stage = next;
        _stageStart = _clock.Elapsed;
        _inStage = true;
        _progress?.Report(new MatchingProgress(next, _stageStart));
    }

    /// <summary>Logs the size of the validated cohort.</summary>
    public void Started(Cohort cohort) =>
        MatchingLog.RunStarted(
            _logger, cohort.Mentors.Count, cohort.Mentees.Count, _options.Rules.Count, _options.PinnedPairs.Count,
            _options.Objective, _options.Priority);

    /// <summary>Logs the solver's outcome.</summary>
    public void Solved(SolverResult result)
    {
        var solveMs = (_clock.Elapsed - _stageStart).TotalMilliseconds;
        var pairCount = result.Pairs.Count;
        MatchingLog.SolverFinished(_logger, result.SolverName, result.Status, pairCount, solveMs);
    }

    /// <summary>Ends the last stage, logs the outcome (and, when opted in, the ids) and reports completion.</summary>
    public void Finished(Pairing pairing)
    {
        EndStage();
        var runMs = _clock.Elapsed.TotalMilliseconds;
        var (pairs, unmatchedMentees, unmatchedMentors) = (pairing.Pairs.Count, pairing.UnmatchedMentees.Count, pairing.UnmatchedMentors.Count);
        MatchingLog.RunFinished(_logger, pairs, unmatchedMentees, unmatchedMentors, pairing.TotalScore, runMs);
        if (_options.LogParticipantIds && _logger.IsEnabled(LogLevel.Debug))
        {
            foreach (var pair in pairing.Pairs)
            {
                MatchingLog.PairChosen(_logger, pair.MentorId, pair.MenteeId, pair.Score);
            }

            foreach (var person in pairing.UnmatchedMentees.Concat(pairing.UnmatchedMentors))
            {
                MatchingLog.ParticipantUnmatched(_logger, person.Role, person.Id, person.Reason);
            }
        }

        Stage = MatchingStage.Completed;
        _progress?.Report(new MatchingProgress(MatchingStage.Completed, _clock.Elapsed));
    }

    /// <summary>Logs a failed or cancelled run; returns false so it can serve as an exception filter that catches nothing.</summary>
    public bool Failed(Exception exception)
    {
        var runMs = _clock.Elapsed.TotalMilliseconds;
        if (exception is OperationCanceledException)
        {
            MatchingLog.RunCanceled(_logger, Stage, runMs);
        }
        else
        {
            var type = exception.GetType().Name;
            MatchingLog.RunFailed(_logger, Stage, type, runMs);
        }

        return false;
    }

    private void EndStage()
    {
        if (_inStage)
        {
            var stageMs = (_clock.Elapsed - _stageStart).TotalMilliseconds;
            MatchingLog.StageCompleted(_logger, Stage, stageMs);
        }

        _inStage = false;
    }
}
