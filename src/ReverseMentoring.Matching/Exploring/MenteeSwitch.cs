namespace ReverseMentoring.Matching.Exploring;

/// <summary>
/// A partner a mentee could have instead of the optimum's, and what the best pairing that gives it costs. Immutable.
/// </summary>
/// <remarks>
/// The ranking lists pairings best first, so the first ranked pairing that gives the mentee this mentor (or none) is
/// the best pairing overall that does: <see cref="ScoreChange"/> is the exact price of the switch.
/// </remarks>
public sealed class MenteeSwitch
{
    internal MenteeSwitch(string menteeId, string? mentorId, RankedPairing at)
    {
        MenteeId = menteeId;
        MentorId = mentorId;
        Rank = at.Rank;
        ScoreChange = at.ScoreChange;
        PairCountChange = at.PairCountChange;
    }

    /// <summary>The mentee.</summary>
    public string MenteeId { get; }

    /// <summary>The other mentor, or null for leaving the mentee unpaired.</summary>
    public string? MentorId { get; }

    /// <summary>The rank of the first (best) alternative that makes the switch.</summary>
    public int Rank { get; }

    /// <summary>That alternative's total score minus the optimum's.</summary>
    public double ScoreChange { get; }

    /// <summary>That alternative's pair count minus the optimum's.</summary>
    public int PairCountChange { get; }
}
