using CustomScorer;
using ReverseMentoring.Matching;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;

// A user-written scorer combined with a built-in one: 60% skill gap, 40% time-zone friendliness.
// Weights are normalised, and each part's components appear in the breakdown already weighted,
// so the breakdown of every pair sums to its score.
var scorer = PairScorers.Weighted((PairScorers.SkillGap, 0.6), (new TimeZoneFriendlyScorer(), 0.4));

Participant[] people =
[
    Mentor("ana", utcOffset: 0, tech: 5, social: 3),     // London
    Mentor("bo", utcOffset: -5, tech: 3, social: 5),     // New York
    Mentor("chen", utcOffset: 8, tech: 5, social: 4),    // Singapore
    Mentee("cfo", utcOffset: 1, wantsTech: 1, wantsSocial: 0.2),    // Paris
    Mentee("cmo", utcOffset: -5, wantsTech: 0.3, wantsSocial: 1),   // New York
    Mentee("coo", utcOffset: 8, wantsTech: 0.8, wantsSocial: 0.5),  // Singapore
    Mentee("cto", utcOffset: null, wantsTech: 0.2, wantsSocial: 1), // time zone not given
];

var engine = new MatchingEngine(new MatchingOptions { Scorer = scorer });
var pairing = engine.Match(people);

Console.WriteLine($"Scorer components: {string.Join(", ", scorer.ComponentNames)}");
foreach (var pair in pairing.Pairs)
{
    var breakdown = string.Join(" + ", pair.Breakdown.Select(c => $"{c.Name} {c.Value:0.000}"));
    Console.WriteLine($"{pair.MentorId,-5} mentors {pair.MenteeId}: score {pair.Score:0.000} = {breakdown}");
}

foreach (var person in pairing.UnmatchedMentees.Concat(pairing.UnmatchedMentors))
{
    Console.WriteLine($"unmatched {person.Role.ToString().ToLowerInvariant()} {person.Id}: {person.Reason}");
}

Console.WriteLine($"{pairing.Status} by {pairing.SolverName}: {pairing.Pairs.Count} pairs, total {pairing.TotalScore:0.000}");

static Participant Mentor(string id, double utcOffset, double tech, double social) =>
    new(id, ParticipantRole.Mentor, seniority: 1, utcOffset: utcOffset,
        skills: new Dictionary<string, double> { [SkillAreas.Technology] = tech, [SkillAreas.SocialMedia] = social });

static Participant Mentee(string id, double? utcOffset, double wantsTech, double wantsSocial) =>
    new(id, ParticipantRole.Mentee, seniority: 8, utcOffset: utcOffset,
        skills: new Dictionary<string, double> { [SkillAreas.Technology] = 1, [SkillAreas.SocialMedia] = 1 },
        goals: new Dictionary<string, double> { [SkillAreas.Technology] = wantsTech, [SkillAreas.SocialMedia] = wantsSocial });
