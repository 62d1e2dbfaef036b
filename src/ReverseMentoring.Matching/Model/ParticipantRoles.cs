namespace ReverseMentoring.Matching.Model;

/// <summary>
/// The text of a <see cref="ParticipantRole"/> wherever it is written or read: participant files (CSV and JSON),
/// result JSON, reports and the CLI's table. <c>mentor</c> and <c>mentee</c>, lower case.
/// </summary>
internal static class ParticipantRoles
{
    public const string MentorText = "mentor";
    public const string MenteeText = "mentee";

    /// <summary><c>mentor</c> or <c>mentee</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined role.</exception>
    public static string ToText(ParticipantRole role) => role switch
    {
        ParticipantRole.Mentor => MentorText,
        ParticipantRole.Mentee => MenteeText,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown participant role."),
    };

    /// <summary>Reads <c>mentor</c> or <c>mentee</c>, in any case and with spaces around; anything else (or null) is false.</summary>
    public static bool TryParse(string? text, out ParticipantRole role)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Equals(MentorText, StringComparison.OrdinalIgnoreCase))
        {
            role = ParticipantRole.Mentor;
            return true;
        }

        if (trimmed.Equals(MenteeText, StringComparison.OrdinalIgnoreCase))
        {
            role = ParticipantRole.Mentee;
            return true;
        }

        role = default;
        return false;
    }
}
