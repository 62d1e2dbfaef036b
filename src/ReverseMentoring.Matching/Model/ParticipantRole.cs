namespace ReverseMentoring.Matching.Model;

/// <summary>Which side of a reverse-mentoring pair a participant is on.</summary>
public enum ParticipantRole
{
    /// <summary>The junior employee who teaches technology, social media and trends.</summary>
    Mentor,

    /// <summary>The senior executive who learns, and gives back career guidance and network.</summary>
    Mentee,
}
