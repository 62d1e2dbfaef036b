using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using static ReverseMentoring.Matching.Model.SkillAreas;

namespace ReverseMentoring.Matching.Tests.Reporting;

/// <summary>
/// A cohort small enough to score by hand. Both mentors report to m3, so the reporting-line rule leaves m3 without a
/// mentor. Default scorer (0.6 skill gap, 0.25 reciprocal, 0.15 network reach):
/// <code>
/// ana-m1: gap (1·4 + 0.5·2)/(5·1.5) = 2/3, reciprocal 4/5, reach 0.5 (IT vs Finance, both London) -> 0.4 + 0.2 + 0.075 = 0.675
/// bo-m2:  gap (0.5·0 + 1·5)/(5·1.5) = 2/3, reciprocal 0 (no goals), reach 0 (both Sales, Paris)  -> 0.4
/// ana-m2: 0.6·(1/3) + 0.15 = 0.35;  bo-m1: 0.6·(1/7.5) + 0.15 = 0.23   (so 1.075 beats 0.58)
/// </code>
/// </summary>
internal static class ReportCohort
{
    public static Participant[] People(string m2Name = "Exec Two", string m2Department = "Sales") =>
    [
        new("ana", ParticipantRole.Mentor, name: "Ana", department: "IT", managerId: "m3", seniority: 1, location: "London",
            skills: Areas((Technology, 5), (SocialMedia, 4), (Trends, 1)), goals: Areas(("Leadership", 1))),
        new("bo", ParticipantRole.Mentor, name: "Bo", department: "Sales", managerId: "m3", seniority: 1, location: "Paris",
            skills: Areas((Technology, 2), (SocialMedia, 1), (Trends, 5))),
        new("m1", ParticipantRole.Mentee, name: "Exec One", department: "Finance", seniority: 5, location: "London",
            skills: Areas((Technology, 1), (SocialMedia, 2), ("Leadership", 4)), goals: Areas((Technology, 1), (SocialMedia, 0.5))),
        new("m2", ParticipantRole.Mentee, name: m2Name, department: m2Department, seniority: 5, location: "Paris",
            skills: Areas((Technology, 2)), goals: Areas((Technology, 0.5), (Trends, 1))),
        new("m3", ParticipantRole.Mentee, name: "Exec Three", department: "Board", seniority: 6, location: "London",
            goals: Areas((Technology, 1))),
    ];

    public static (Participant[] People, Pairing Pairing) Matched(string m2Name = "Exec Two", string m2Department = "Sales")
    {
        var people = People(m2Name, m2Department);
        return (people, new MatchingEngine().Match(people));
    }

    private static Dictionary<string, double> Areas(params (string Area, double Value)[] values) =>
        values.ToDictionary(v => v.Area, v => v.Value);
}
