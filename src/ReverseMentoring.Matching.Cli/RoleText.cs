using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Cli;

/// <summary>A role as the CLI prints it, the word the participant files use.</summary>
internal static class RoleText
{
    public static string Of(ParticipantRole role) => role == ParticipantRole.Mentor ? "mentor" : "mentee";
}
