namespace ReverseMentoring.Matching.Diagnostics;

/// <summary>
/// The event ids of the <see cref="Microsoft.Extensions.Logging.ILogger"/> events a <see cref="MatchingEngine"/> writes
/// (category <c>ReverseMentoring.Matching.MatchingEngine</c>). By default no event carries personal data: only counts,
/// stage names, timings, the solver's name and status, and exception type names (never exception messages, which
/// name participants). Participant ids are logged only when <see cref="MatchingOptions.LogParticipantIds"/> is on.
/// </summary>
public static class MatchingEventIds
{
    /// <summary>Information, after validation: counts of mentors and mentees, rules, objective and priority.</summary>
    public const int RunStarted = 1;

    /// <summary>Debug: a stage finished, with its name and duration in milliseconds.</summary>
    public const int StageCompleted = 2;

    /// <summary>Information: the solver's name, its status, the pair count and the solve time in milliseconds.</summary>
    public const int SolverFinished = 3;

    /// <summary>Information: counts of pairs and unmatched, total score and the run's duration in milliseconds.</summary>
    public const int RunFinished = 4;

    /// <summary>Information: the run was cancelled, with the stage it was in.</summary>
    public const int RunCanceled = 5;

    /// <summary>Warning: the run failed, with the stage and the exception's type name (not its message).</summary>
    public const int RunFailed = 6;

    /// <summary>Debug, only with <see cref="MatchingOptions.LogParticipantIds"/>: one chosen pair's ids and score.</summary>
    public const int PairChosen = 20;

    /// <summary>Debug, only with <see cref="MatchingOptions.LogParticipantIds"/>: an unmatched participant's id, role and reason.</summary>
    public const int ParticipantUnmatched = 21;
}
