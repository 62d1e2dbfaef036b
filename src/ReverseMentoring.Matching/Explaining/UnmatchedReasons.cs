using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;

namespace ReverseMentoring.Matching.Explaining;

/// <summary>Explains why each participant without a partner has none.</summary>
internal static class UnmatchedReasons
{
    public static UnmatchedParticipant ForMentee(Eligibility eligibility, int mentee) =>
        Explain(eligibility, eligibility.Cohort.Mentees[mentee], eligibility.Cohort.Mentors.Count, other => eligibility.ExcludedBy(mentee, other));

    public static UnmatchedParticipant ForMentor(Eligibility eligibility, int mentor) =>
        Explain(eligibility, eligibility.Cohort.Mentors[mentor], eligibility.Cohort.Mentees.Count, other => eligibility.ExcludedBy(other, mentor));

    private static UnmatchedParticipant Explain(Eligibility eligibility, Participant person, int others, Func<int, int> excludedBy)
    {
        var counts = new int[eligibility.Rules.Count];
        var allowed = 0;
        for (var other = 0; other < others; other++)
        {
            var rule = excludedBy(other);
            if (rule == Eligibility.Allowed)
            {
                allowed++;
            }
            else
            {
                counts[rule]++;
            }
        }

        var otherSide = person.Role == ParticipantRole.Mentee ? "mentor" : "mentee";
        var exclusions = eligibility.Rules.Select((r, k) => (r, count: counts[k])).Where(x => x.count > 0).ToArray();
        var detail = string.Join(", ", exclusions.Select(x => $"{x.count} {x.r.ExclusionReason}"));
        string reason;
        if (others == 0)
        {
            reason = $"no {otherSide}s in the cohort";
        }
        else if (allowed == 0)
        {
            reason = $"no allowed {otherSide}: {detail}";
        }
        else
        {
            var candidates = allowed == 1 ? $"the only allowed {otherSide} was" : $"all {allowed} allowed {otherSide}s were";
            reason = $"{candidates} paired with others" + (detail.Length > 0 ? $" ({detail})" : string.Empty);
        }

        return new UnmatchedParticipant(
            person.Id,
            person.Role,
            reason,
            allowed,
            exclusions.ToDictionary(x => x.r.Name, x => x.count, StringComparer.Ordinal).AsReadOnly());
    }
}
