using CustomScorer;
using ReverseMentoring.Matching;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;

// A user-written scorer combined with a built-in one: 60% skill gap, 40% time-zone friendliness.
// Weights are normalised, and each part's components appear in the breakdown already weighted,
// so the breakdown of every pair sums to its score.
var scorer = PairScorers.Weighted((PairScorers.SkillGap, 0.6), (new TimeZoneFriendlyScorer(), 0.4));

Dictionary<string, double> Areas(double tech, double social) =>
    new() { [SkillAreas.Technology] = tech, [SkillAreas.SocialMedia] = social };

Participant[] people =
[
    Participant.Mentor("ana", 1, skills: Areas(tech: 5, social: 3), utcOffset: 0),     // London
    Participant.Mentor("bo", 1, skills: Areas(tech: 3, social: 5), utcOffset: -5),     // New York
    Participant.Mentor("chen", 1, skills: Areas(tech: 5, social: 4), utcOffset: 8),    // Singapore
    Participant.Mentee("cfo", 8, goals: Areas(tech: 1, social: 0.2), skills: Areas(1, 1), utcOffset: 1),    // Paris
    Participant.Mentee("cmo", 8, goals: Areas(tech: 0.3, social: 1), skills: Areas(1, 1), utcOffset: -5),   // New York
    Participant.Mentee("coo", 8, goals: Areas(tech: 0.8, social: 0.5), skills: Areas(1, 1), utcOffset: 8),  // Singapore
    Participant.Mentee("cto", 8, goals: Areas(tech: 0.2, social: 1), skills: Areas(1, 1)),                  // time zone not given
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
