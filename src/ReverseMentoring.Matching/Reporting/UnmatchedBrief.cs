using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>Someone left without a partner, with a display name, as the report lists them.</summary>
internal sealed class UnmatchedBrief
{
    internal UnmatchedBrief(Participant person, UnmatchedParticipant unmatched)
    {
        Id = person.Id;
        Name = person.Name;
        Department = person.Department;
        Role = unmatched.Role;
        Cause = unmatched.Cause;
    }

    /// <summary>The participant's id.</summary>
    public string Id { get; }

    /// <summary>The participant's display name.</summary>
    public string Name { get; }

    /// <summary>The participant's department, or null when unknown.</summary>
    public string? Department { get; }

    /// <summary>Mentor or mentee.</summary>
    public ParticipantRole Role { get; }

    /// <summary>Why nobody was paired with them, as data; <see cref="UnmatchedCause.Format"/> words it in a report's language.</summary>
    public UnmatchedCause Cause { get; }

    /// <summary>Why nobody was paired with them, in English, as <see cref="UnmatchedParticipant.Reason"/> says.</summary>
    public string Reason => Cause.Format(null);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Reason}";
}
