namespace ReverseMentoring.Matching.Model;

/// <summary>A mentor and a mentee named by id: a pinned, forbidden or past pair. Ids are trimmed; neither may be empty.</summary>
public sealed record ParticipantPair
{
    /// <summary>Creates a pair.</summary>
    /// <param name="mentorId">The junior's id.</param>
    /// <param name="menteeId">The executive's id.</param>
    /// <exception cref="MatchingInputException">An id is null, empty or white space.</exception>
    public ParticipantPair(string mentorId, string menteeId)
    {
        MentorId = Required(mentorId, "mentor", menteeId);
        MenteeId = Required(menteeId, "mentee", mentorId);
    }

    /// <summary>The junior's id.</summary>
    public string MentorId { get; }

    /// <summary>The executive's id.</summary>
    public string MenteeId { get; }

    /// <summary>Deconstructs into the mentor's and the mentee's ids.</summary>
    public void Deconstruct(out string mentorId, out string menteeId) => (mentorId, menteeId) = (MentorId, MenteeId);

    /// <inheritdoc />
    public override string ToString() => $"{MentorId} -> {MenteeId}";

    private static string Required(string? id, string side, string? other) =>
        string.IsNullOrWhiteSpace(id)
            ? throw new MatchingInputException(ValidationText.Format("PairNeedsId", side, other))
            : id.Trim();
}
