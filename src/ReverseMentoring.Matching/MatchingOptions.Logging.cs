using ReverseMentoring.Matching.Diagnostics;

namespace ReverseMentoring.Matching;

// The logging option lives in its own file: the matching options proper are in MatchingOptions.cs.
public sealed partial record MatchingOptions
{
    /// <summary>
    /// Whether the engine's logger may write participant ids: each chosen pair and each unmatched participant, at
    /// <c>Debug</c> (events <see cref="MatchingEventIds.PairChosen"/> and <see cref="MatchingEventIds.ParticipantUnmatched"/>).
    /// Default false: the log holds counts, timings and statuses only, never an id or a name.
    /// </summary>
    public bool LogParticipantIds { get; init; }
}
