using ReverseMentoring.Matching;
using ReverseMentoring.Matching.Model;

// Two juniors who know technology and social media, two executives who want to learn them.
Participant[] people =
[
    Participant.Mentor("ana", 1, department: "Engineering",
        skills: new Dictionary<string, double> { [SkillAreas.Technology] = 5, [SkillAreas.SocialMedia] = 2 }),
    Participant.Mentor("bo", 1, department: "Marketing",
        skills: new Dictionary<string, double> { [SkillAreas.Technology] = 2, [SkillAreas.SocialMedia] = 5 }),
    Participant.Mentee("cfo", 5, department: "Finance",
        goals: new Dictionary<string, double> { [SkillAreas.Technology] = 1 }),
    Participant.Mentee("cmo", 5, department: "Marketing",
        goals: new Dictionary<string, double> { [SkillAreas.SocialMedia] = 1 }),
];

var pairing = new MatchingEngine().Match(people);
foreach (var pair in pairing.Pairs)
{
    Console.WriteLine($"{pair.MentorId} mentors {pair.MenteeId}: score {pair.Score:0.00} ("
        + string.Join(", ", pair.Breakdown.Select(c => $"{c.Name} {c.Value:0.00}")) + ")");
}

Console.WriteLine($"{pairing.Status} by {pairing.SolverName}: total {pairing.TotalScore:0.00}");
