using FsCheck.Xunit;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Engine;

/// <summary>The whole engine on random cohorts, against an oracle built only from test code.</summary>
public class MatchingEnginePropertyTests
{
    /// <summary>Reporting line and seniority, written independently: walk each manager chain through the given people.</summary>
    private static bool ReferenceAllowed(Participant mentor, Participant mentee, Dictionary<string, Participant> byId)
    {
        bool Above(Participant boss, Participant person)
        {
            var seen = new HashSet<string>();
            for (var id = person.ManagerId; id is not null && seen.Add(id); id = byId.TryGetValue(id, out var next) ? next.ManagerId : null)
            {
                if (id == boss.Id)
                {
                    return true;
                }
            }

            return false;
        }

        return mentor.Seniority < mentee.Seniority && !Above(mentor, mentee) && !Above(mentee, mentor);
    }

    [Property(MaxTest = 150, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public void Engine_finds_the_brute_force_optimum_with_allowed_pairs_only(CohortCase c)
    {
        var byId = c.People.ToDictionary(p => p.Id);
        string[] mentees = [.. c.People.Where(p => p.Role == ParticipantRole.Mentee).Select(p => p.Id).Order(StringComparer.Ordinal)];
        string[] mentors = [.. c.People.Where(p => p.Role == ParticipantRole.Mentor).Select(p => p.Id).Order(StringComparer.Ordinal)];
        var scores = new double?[mentees.Length, mentors.Length];
        for (var i = 0; i < mentees.Length; i++)
        {
            for (var j = 0; j < mentors.Length; j++)
            {
                var (mentor, mentee) = (byId[mentors[j]], byId[mentees[i]]);
                scores[i, j] = ReferenceAllowed(mentor, mentee, byId) ? ReferenceScores.Composite(mentor, mentee) : null;
            }
        }

        var (count, total) = PairingOracle.Best(scores);
        var pairing = new MatchingEngine().Match(c.People);

        Assert.Equal(count, pairing.Pairs.Count);
        Assert.True(Math.Abs(total - pairing.TotalScore) <= PairingOracle.Tolerance(scores) + 1e-12, $"oracle {total:R} engine {pairing.TotalScore:R}");
        foreach (var pair in pairing.Pairs)
        {
            var i = Array.IndexOf(mentees, pair.MenteeId);
            var j = Array.IndexOf(mentors, pair.MentorId);
            Assert.True(scores[i, j].HasValue, $"{pair} is not allowed");
            Assert.Equal(scores[i, j]!.Value, pair.Score, 12);
            Assert.Equal(pair.Score, pair.Breakdown.Sum(b => b.Value), 12);
        }

        // Everybody is either paired once or listed once as unmatched, in id order.
        Assert.Equal(mentees, pairing.Pairs.Select(p => p.MenteeId).Concat(pairing.UnmatchedMentees.Select(u => u.Id)).Order(StringComparer.Ordinal));
        Assert.Equal(mentors, pairing.Pairs.Select(p => p.MentorId).Concat(pairing.UnmatchedMentors.Select(u => u.Id)).Order(StringComparer.Ordinal));
        Assert.Equal(pairing.Pairs.Select(p => p.MenteeId).Order(StringComparer.Ordinal), pairing.Pairs.Select(p => p.MenteeId));
        Assert.Equal(pairing.UnmatchedMentees.Select(u => u.Id).Order(StringComparer.Ordinal), pairing.UnmatchedMentees.Select(u => u.Id));
        Assert.Equal(pairing.UnmatchedMentors.Select(u => u.Id).Order(StringComparer.Ordinal), pairing.UnmatchedMentors.Select(u => u.Id));

        // Unmatched: the allowed-candidate count matches the reference rules, and every allowed partner is taken.
        var takenMentors = pairing.Pairs.Select(p => p.MentorId).ToHashSet();
        foreach (var u in pairing.UnmatchedMentees)
        {
            var i = Array.IndexOf(mentees, u.Id);
            var allowed = Enumerable.Range(0, mentors.Length).Where(j => scores[i, j].HasValue).ToArray();
            Assert.Equal(allowed.Length, u.AllowedCandidates);
            Assert.All(allowed, j => Assert.Contains(mentors[j], takenMentors));
            Assert.Equal(mentors.Length - allowed.Length, u.Exclusions.Values.Sum());
        }

        // Summary numbers.
        Assert.Equal(pairing.Pairs.Sum(p => p.Score), pairing.TotalScore, 12);
        if (pairing.Pairs.Count > 0)
        {
            Assert.Equal(pairing.Pairs.Average(p => p.Score), pairing.MeanScore!.Value, 12);
            Assert.Equal(pairing.Pairs.Min(p => p.Score), pairing.MinimumScore!.Value, 12);
        }
        else
        {
            Assert.Null(pairing.MeanScore);
            Assert.Null(pairing.MinimumScore);
        }
    }

    [Property(MaxTest = 150, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public void Shuffled_input_order_gives_the_same_pairing(CohortCase c)
    {
        var engine = new MatchingEngine();
        var original = engine.Match(c.People);
        var shuffled = engine.Match(c.Shuffled);

        Assert.Equal(
            original.Pairs.Select(p => (p.MenteeId, p.MentorId, p.Score)),
            shuffled.Pairs.Select(p => (p.MenteeId, p.MentorId, p.Score)));
        Assert.Equal(original.UnmatchedMentees.Select(u => (u.Id, u.Reason)), shuffled.UnmatchedMentees.Select(u => (u.Id, u.Reason)));
        Assert.Equal(original.UnmatchedMentors.Select(u => (u.Id, u.Reason)), shuffled.UnmatchedMentors.Select(u => (u.Id, u.Reason)));
    }
}
