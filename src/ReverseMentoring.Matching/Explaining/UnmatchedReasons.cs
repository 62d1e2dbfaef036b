using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Explaining;

/// <summary>
/// Explains why each participant without a partner has none: how many candidates each rule removed,
/// how many scored too low, and otherwise that the allowed candidates were paired with others, or, when a time limit
/// stopped the solver, that it stopped before pairing this participant (the others may well have been free).
/// </summary>
internal sealed class UnmatchedReasons
{
    private readonly Eligibility _eligibility;
    private readonly PairingProblem _problem;
    private readonly bool _timeLimited;

    /// <param name="eligibility">Which pairs the rules allow.</param>
    /// <param name="problem">What the solver was given: its scores (rows and columns as in the cohort), minimum score and priority.</param>
    /// <param name="timeLimited">Whether a time limit stopped the solver (<see cref="SolverStatus.Feasible"/>).</param>
    public UnmatchedReasons(Eligibility eligibility, PairingProblem problem, bool timeLimited)
    {
        _eligibility = eligibility;
        _problem = problem;
        _timeLimited = timeLimited;
    }

    public UnmatchedParticipant ForMentee(int mentee) =>
        Explain(_eligibility.Cohort.Mentees[mentee], _eligibility.Cohort.Mentors.Count, other => (mentee, other));

    public UnmatchedParticipant ForMentor(int mentor) =>
        Explain(_eligibility.Cohort.Mentors[mentor], _eligibility.Cohort.Mentees.Count, other => (other, mentor));

    private UnmatchedParticipant Explain(Participant person, int others, Func<int, (int Mentee, int Mentor)> cell)
    {
        var rules = _eligibility.Rules;
        var counts = new int[rules.Count];
        int allowed = 0, belowFloor = 0, noValue = 0;
        var scores = _problem.Scores;
        var minimum = _problem.MinimumScore ?? double.NegativeInfinity;
        var qualityFirst = _problem.Priority == PairingPriority.QualityFirst;
        for (var other = 0; other < others; other++)
        {
            var (i, j) = cell(other);
            var rule = _eligibility.ExcludedBy(i, j); // one bit for an allowed pair; the rules asked again only otherwise
            if (rule != Eligibility.Allowed)
            {
                counts[rule]++;
            }
            else if (scores[i, j] < minimum)
            {
                belowFloor++;
            }
            else if (qualityFirst && scores[i, j] <= 0)
            {
                noValue++; // quality first makes a pair only when it adds value
            }
            else
            {
                allowed++;
            }
        }

        var otherSide = person.Role == ParticipantRole.Mentee ? ParticipantRole.Mentor : ParticipantRole.Mentee;
        var exclusions = rules.Select((r, k) => (Name: r.Name, Kind: Exclusion.KindOf(r), Text: r.ExclusionReason, Count: counts[k]))
            .Append((Name: "minimum score", Kind: (ExclusionKind.MinimumScore, 0.0), Text: string.Empty, Count: belowFloor))
            .Append((Name: "no value", Kind: (ExclusionKind.NoValue, 0.0), Text: string.Empty, Count: noValue))
            .Where(x => x.Count > 0)
            .ToArray();
        var situation = others == 0 ? UnmatchedSituation.NoOthers
            : allowed == 0 ? UnmatchedSituation.NoneAllowed
            : _timeLimited ? UnmatchedSituation.TimeLimit
            : UnmatchedSituation.PairedWithOthers;
        var cause = new UnmatchedCause(
            situation, otherSide, allowed, [.. exclusions.Select(x => new Exclusion(x.Kind.Item1, x.Count, x.Text, x.Kind.Item2))]);
        return new UnmatchedParticipant(
            person.Id,
            person.Role,
            cause,
            allowed,
            exclusions.ToDictionary(x => x.Name, x => x.Count, StringComparer.Ordinal).AsReadOnly());
    }
}
