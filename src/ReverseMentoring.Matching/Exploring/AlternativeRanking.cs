using System.Diagnostics;
using ReverseMentoring.Matching.Explaining;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>Ranks the k best pairings with <see cref="MurtyRanking"/> and reads off each mentee's other partners.</summary>
internal static class AlternativeRanking
{
    public static AlternativesResult Rank(Exploration exploration, AlternativesOptions options, CancellationToken cancellationToken)
    {
        exploration.RequireTotalObjective("RankingNeedsMaxTotal", "RankingNeedsOptimiser");
        var clock = Stopwatch.StartNew();
        var results = MurtyRanking.Rank(exploration.Problem, exploration.Prepared.Solver, options.Count, cancellationToken);
        if (results.Count == 0)
        {
            _ = exploration.Best; // the problem itself is infeasible: throws the engine's error
        }

        var optimum = exploration.Explain(results[0], clock.Elapsed);
        var ranked = results
            .Select((r, k) => new RankedPairing(k + 1, k == 0 ? optimum : exploration.Explain(r, TimeSpan.Zero), optimum))
            .ToArray();
        return new AlternativesResult(ranked, Switches(ranked));
    }

    private static MenteeSwitch[] Switches(RankedPairing[] ranked)
    {
        var best = ranked[0].Pairing;
        var mentees = best.Pairs.Select(p => p.MenteeId).Concat(best.UnmatchedMentees.Select(u => u.Id))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var switches = new List<MenteeSwitch>();
        foreach (var mentee in mentees)
        {
            var before = Partners(best, mentee);
            var seen = before.Count == 0 ? new HashSet<string?> { null } : new HashSet<string?>(before); // unpaired already: no switch
            foreach (var at in ranked.Skip(1))
            {
                var partners = Partners(at.Pairing, mentee);
                foreach (var mentor in partners.Where(m => m is not null && seen.Add(m)))
                {
                    switches.Add(new MenteeSwitch(mentee, mentor, at));
                }

                if (partners.Count == 0 && seen.Add(null))
                {
                    switches.Add(new MenteeSwitch(mentee, null, at));
                }
            }
        }

        return [.. switches];
    }

    private static List<string?> Partners(Pairing pairing, string mentee) =>
        [.. pairing.Pairs.Where(p => p.MenteeId == mentee).Select(p => (string?)p.MentorId)];
}
