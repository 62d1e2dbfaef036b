namespace ReverseMentoring.Matching.Model;

/// <summary>A mentor and a mentee named by id: a pinned, forbidden or past pair.</summary>
/// <param name="MentorId">The junior's id.</param>
/// <param name="MenteeId">The executive's id.</param>
public sealed record ParticipantPair(string MentorId, string MenteeId)
{
    /// <inheritdoc />
    public override string ToString() => $"{MentorId} -> {MenteeId}";
}
