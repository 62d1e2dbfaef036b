using Microsoft.Extensions.Logging;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Diagnostics;

/// <summary>The engine's log events (source-generated); ids are documented in <see cref="MatchingEventIds"/>.</summary>
internal static partial class MatchingLog
{
    [LoggerMessage(EventId = MatchingEventIds.RunStarted, EventName = "RunStarted", Level = LogLevel.Information,
        Message = "Matching run started: {MentorCount} mentors, {MenteeCount} mentees, {RuleCount} rules, {PinnedCount} pinned pairs, objective {Objective}, priority {Priority}")]
    public static partial void RunStarted(
        ILogger logger, int mentorCount, int menteeCount, int ruleCount, int pinnedCount, PairingObjective objective, PairingPriority priority);

    [LoggerMessage(EventId = MatchingEventIds.StageCompleted, EventName = "StageCompleted", Level = LogLevel.Debug,
        Message = "Matching stage {Stage} took {ElapsedMs:0.###} ms")]
    public static partial void StageCompleted(ILogger logger, MatchingStage stage, double elapsedMs);

    [LoggerMessage(EventId = MatchingEventIds.SolverFinished, EventName = "SolverFinished", Level = LogLevel.Information,
        Message = "Solver {Solver} finished with status {Status}: {PairCount} pairs in {ElapsedMs:0.###} ms")]
    public static partial void SolverFinished(ILogger logger, string solver, SolverStatus status, int pairCount, double elapsedMs);

    [LoggerMessage(EventId = MatchingEventIds.RunFinished, EventName = "RunFinished", Level = LogLevel.Information,
        Message = "Matching run finished: {PairCount} pairs, {UnmatchedMentees} unmatched mentees, {UnmatchedMentors} unmatched mentors, total score {TotalScore:0.####}, {ElapsedMs:0.###} ms")]
    public static partial void RunFinished(
        ILogger logger, int pairCount, int unmatchedMentees, int unmatchedMentors, double totalScore, double elapsedMs);

    [LoggerMessage(EventId = MatchingEventIds.RunCanceled, EventName = "RunCanceled", Level = LogLevel.Information,
        Message = "Matching run cancelled during stage {Stage} after {ElapsedMs:0.###} ms")]
    public static partial void RunCanceled(ILogger logger, MatchingStage stage, double elapsedMs);

    // The exception's message names participants, so only its type is logged.
    [LoggerMessage(EventId = MatchingEventIds.RunFailed, EventName = "RunFailed", Level = LogLevel.Warning,
        Message = "Matching run failed during stage {Stage} with {ExceptionType} after {ElapsedMs:0.###} ms")]
    public static partial void RunFailed(ILogger logger, MatchingStage stage, string exceptionType, double elapsedMs);

    [LoggerMessage(EventId = MatchingEventIds.PairChosen, EventName = "PairChosen", Level = LogLevel.Debug,
        Message = "Pair chosen: mentor {MentorId}, mentee {MenteeId}, score {Score:0.####}")]
    public static partial void PairChosen(ILogger logger, string mentorId, string menteeId, double score);

    [LoggerMessage(EventId = MatchingEventIds.ParticipantUnmatched, EventName = "ParticipantUnmatched", Level = LogLevel.Debug,
        Message = "Unmatched {Role} {ParticipantId}: {Reason}")]
    public static partial void ParticipantUnmatched(ILogger logger, ParticipantRole role, string participantId, string reason);
}
