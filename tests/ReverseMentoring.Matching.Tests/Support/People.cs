using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>Short builders for hand-made participants.</summary>
internal static class People
{
    public static Participant Mentor(
        string id,
        double seniority = 1,
        string? manager = null,
        string? department = null,
        string? location = null,
        IReadOnlyDictionary<string, double>? skills = null,
        IReadOnlyDictionary<string, double>? goals = null,
        IEnumerable<string>? languages = null) =>
        new(id, ParticipantRole.Mentor, department: department, managerId: manager, seniority: seniority,
            location: location, skills: skills, goals: goals, languages: languages);

    public static Participant Mentee(
        string id,
        double seniority = 5,
        string? manager = null,
        string? department = null,
        string? location = null,
        IReadOnlyDictionary<string, double>? skills = null,
        IReadOnlyDictionary<string, double>? goals = null,
        IEnumerable<string>? languages = null) =>
        new(id, ParticipantRole.Mentee, department: department, managerId: manager, seniority: seniority,
            location: location, skills: skills, goals: goals, languages: languages);

    public static Dictionary<string, double> Areas(params (string Area, double Value)[] values) =>
        values.ToDictionary(v => v.Area, v => v.Value);
}
