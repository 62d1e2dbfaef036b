using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Explaining;

/// <summary>
/// Explains why each participant without a partner has none: how many candidates each rule removed,
/// how many scored too low, and otherwise that the allowed candidates were paired with others.
/// </summary>
internal sealed class UnmatchedReasons
{
    private readonly Eligibility _eligibility;
    private readonly ScoreMatrix _scores;
    private readonly double _floor;
    private readonly string _floorReason;

    /// <param name="eligibility">Which pairs the rules allow.</param>
    /// <param name="scores">The scores, rows and columns as in the cohort.</param>
    /// <param name="floor">Allowed pairs scoring below this cannot be made.</param>
    /// <param name="floorReason">How such a candidate is described, after a count.</param>
    public UnmatchedReasons(Eligibility eligibility, ScoreMatrix scores, double floor, string floorReason)
    {
        _eligibility = eligibility;
        _scores = scores;
        _floor = floor;
        _floorReason = floorReason;
    }

    public UnmatchedParticipant ForMentee(int mentee) =>
        Explain(_eligibility.Cohort.Mentees[mentee], _eligibility.Cohort.Mentors.Count, other => (mentee, other));

    public UnmatchedParticipant ForMentor(int mentor) =>
        Explain(_eligibility.Cohort.Mentors[mentor], _eligibility.Cohort.Mentees.Count, other => (other, mentor));

    private UnmatchedParticipant Explain(Participant person, int others, Func<int, (int Mentee, int Mentor)> cell)
    {
        var rules = _eligibility.Rules;
        var counts = new int[rules.Count];
        int allowed = 0, belowFloor = 0;
        for (var other = 0; other < others; other++)
        {
            var (i, j) = cell(other);
            var rule = _eligibility.ExcludedBy(i, j);
            if (rule != Eligibility.Allowed)
            {
                counts[rule]++;
            }
            else if (_scores[i, j] < _floor)
            {
                belowFloor++;
            }
            else
            {
                allowed++;
            }
        }

        var otherSide = person.Role == ParticipantRole.Mentee ? "mentor" : "mentee";
        var exclusions = rules.Select((r, k) => (Name: r.Name, Text: r.ExclusionReason, Count: counts[k]))
            .Append((Name: "minimum score", Text: _floorReason, Count: belowFloor))
            .Where(x => x.Count > 0)
            .ToArray();
        var detail = string.Join(", ", exclusions.Select(x => $"{x.Count} {x.Text}"));
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
            exclusions.ToDictionary(x => x.Name, x => x.Count, StringComparer.Ordinal).AsReadOnly());
    }
}
