using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Tests.Integration;

/// <summary>A small cohort with distinctive ids, names, departments and locations, so a leak into a log is easy to spot.</summary>
internal static class Cohorts
{
    public static readonly string[] PersonalData =
    [
        "zq-mentor-ana", "Anastasia Quillfeather", "zq-mentor-bo", "Bohumil Zwanzig", "zq-mentor-cy", "Cyprian Oddlyname",
        "zq-exec-cfo", "Cordelia Finchworth", "zq-exec-cmo", "Maximilian Umbergrove", "zq-boss",
    ];

    /// <summary>
    /// Three mentors, two mentees: ana is best for cfo, bo for cmo (all scores hand-checked in the engine tests' shape);
    /// cy reports to cfo and is more senior than cmo, so cy stays unmatched with a reason.
    /// </summary>
    public static Participant[] Small() =>
    [
        new("zq-mentor-ana", ParticipantRole.Mentor, name: "Anastasia Quillfeather", seniority: 1, department: "Engineering",
            skills: new Dictionary<string, double> { [SkillAreas.Technology] = 5, [SkillAreas.SocialMedia] = 2 }),
        new("zq-mentor-bo", ParticipantRole.Mentor, name: "Bohumil Zwanzig", seniority: 1, department: "Marketing",
            skills: new Dictionary<string, double> { [SkillAreas.Technology] = 2, [SkillAreas.SocialMedia] = 5 }),
        new("zq-mentor-cy", ParticipantRole.Mentor, name: "Cyprian Oddlyname", seniority: 9, managerId: "zq-exec-cfo",
            skills: new Dictionary<string, double> { [SkillAreas.Technology] = 5 }),
        new("zq-exec-cfo", ParticipantRole.Mentee, name: "Cordelia Finchworth", seniority: 5, department: "Finance", managerId: "zq-boss",
            goals: new Dictionary<string, double> { [SkillAreas.Technology] = 1 }),
        new("zq-exec-cmo", ParticipantRole.Mentee, name: "Maximilian Umbergrove", seniority: 5, department: "Marketing",
            goals: new Dictionary<string, double> { [SkillAreas.SocialMedia] = 1 }),
    ];
}
