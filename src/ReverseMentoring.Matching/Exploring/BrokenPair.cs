namespace ReverseMentoring.Matching.Exploring;

/// <summary>A current pair the re-match does not keep, and why. Immutable.</summary>
public sealed class BrokenPair
{
    internal BrokenPair(string menteeId, string mentorId, BreakReason reason, string explanation)
    {
        MenteeId = menteeId;
        MentorId = mentorId;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>The mentee of the current pair.</summary>
    public string MenteeId { get; }

    /// <summary>The mentor of the current pair.</summary>
    public string MentorId { get; }

    /// <summary>Why it was broken.</summary>
    public BreakReason Reason { get; }

    /// <summary>One sentence for a person, naming who left or which rule excludes the pair.</summary>
    public string Explanation { get; }

    /// <inheritdoc />
    public override string ToString() => $"{MentorId} -> {MenteeId}: {Explanation}";
}
