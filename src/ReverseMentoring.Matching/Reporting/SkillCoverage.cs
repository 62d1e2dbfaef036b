using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>
/// How much of the mentees' learning need in one skill area the pairing covers.
/// </summary>
/// <remarks>
/// For each mentee with a learning goal in the area: need = goal · (5 − mentee level) / 5, the gap to the top level
/// weighted by how much they want it (1.0 = a novice who wants it most). Covered = goal · max(0, mentor level −
/// mentee level) / 5 with the most skilled of the mentee's assigned mentors in the area: a mentor can only lift a mentee
/// to the mentor's own level, and two mentors at level 4 do not make a level 8. Unmatched mentees add need and no cover.
/// Need and coverage are summed over mentees.
/// </remarks>
internal sealed class SkillCoverage
{
    internal SkillCoverage(string area, double need, double covered, int learners)
    {
        Area = area;
        Need = need;
        Covered = covered;
        Learners = learners;
    }

    /// <summary>The skill area.</summary>
    public string Area { get; }

    /// <summary>Before pairing: Σ goal · (5 − mentee level) / 5 over the mentees.</summary>
    public double Need { get; }

    /// <summary>What the assigned mentors cover: Σ goal · max(0, best mentor level − mentee level) / 5.</summary>
    public double Covered { get; }

    /// <summary>After pairing: the need no assigned mentor covers, <see cref="Need"/> − <see cref="Covered"/>.</summary>
    public double Remaining => Math.Max(0, Need - Covered);

    /// <summary>The covered part of the need in [0, 1], or null when there is no need.</summary>
    public double? Share => Need > 0 ? Covered / Need : null;

    /// <summary>How many mentees have a learning goal in the area.</summary>
    public int Learners { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Area}: {ReportText.Amount(Covered)} of {ReportText.Amount(Need)}";

    /// <summary>Every area some mentee wants to learn: the default areas first in their order, then the others by name.</summary>
    internal static SkillCoverage[] Compute(Cohort cohort, Pairing pairing)
    {
        var areas = cohort.Mentees.SelectMany(m => m.Goals.Where(g => g.Value > 0).Select(g => g.Key))
            .Distinct(SkillAreas.NameComparer)
            .Select(a => SkillAreas.Defaults.FirstOrDefault(d => SkillAreas.NameComparer.Equals(d, a)) ?? a)
            .OrderBy(a => IndexOrMax(a))
            .ThenBy(a => a, SkillAreas.NameComparer)
            .ToArray();
        var mentorsOf = pairing.Pairs.ToLookup(p => p.MenteeId, p => PairingReport.Person(cohort, p.MentorId), StringComparer.Ordinal);
        return [.. areas.Select(area =>
        {
            double need = 0, covered = 0;
            var learners = 0;
            foreach (var mentee in cohort.Mentees)
            {
                var goal = mentee.GoalIn(area);
                if (goal <= 0)
                {
                    continue;
                }

                learners++;
                var level = mentee.SkillIn(area);
                need += goal * (SkillAreas.MaxLevel - level) / SkillAreas.MaxLevel;
                var best = mentorsOf[mentee.Id].Select(m => m.SkillIn(area)).DefaultIfEmpty(0).Max();
                covered += goal * Math.Max(0, best - level) / SkillAreas.MaxLevel;
            }

            return new SkillCoverage(area, need, covered, learners);
        })];
    }

    private static int IndexOrMax(string area)
    {
        for (var k = 0; k < SkillAreas.Defaults.Count; k++)
        {
            if (SkillAreas.NameComparer.Equals(SkillAreas.Defaults[k], area))
            {
                return k;
            }
        }

        return int.MaxValue;
    }
}
