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
    private readonly double _minimum;
    private readonly bool _qualityFirst;
    private readonly int _mentors; // the matrix's row width, read once: a cell is classified millions of times

    /// <param name="eligibility">Which pairs the rules allow.</param>
    /// <param name="problem">What the solver was given: its scores (rows and columns as in the cohort), minimum score and priority.</param>
    /// <param name="timeLimited">Whether a time limit stopped the solver (<see cref="SolverStatus.Feasible"/>).</param>
    public UnmatchedReasons(Eligibility eligibility, PairingProblem problem, bool timeLimited)
    {
        _eligibility = eligibility;
        _problem = problem;
        _timeLimited = timeLimited;
        _minimum = problem.MinimumScore ?? double.NegativeInfinity;
        _qualityFirst = problem.Priority == PairingPriority.QualityFirst;
        _mentors = problem.Scores.MentorCount;
    }

    public UnmatchedParticipant ForMentee(int mentee) =>
        Explain(_eligibility.Cohort.Mentees[mentee], _eligibility.Cohort.Mentors.Count, other => (mentee, other));

    public UnmatchedParticipant ForMentor(int mentor) =>
        Explain(_eligibility.Cohort.Mentors[mentor], _eligibility.Cohort.Mentees.Count, other => (other, mentor));

    /// <summary>
    /// The same reasons as <see cref="ForMentor"/> for many mentors, tallied in one pass over the mentee rows: a walk
    /// down each mentor's column reads one cell per cache line (10,000 unmatched mentors of 5,000 mentees: about 1 s).
    /// </summary>
    public UnmatchedParticipant[] ForMentors(IReadOnlyList<int> mentors)
    {
        var mentees = _eligibility.Cohort.Mentees.Count;
        int[] columns = [.. mentors];
        var tallies = new Tallies(columns.Length, _eligibility.Rules.Count);
        for (var i = 0; i < mentees; i++)
        {
            for (var k = 0; k < columns.Length; k++)
            {
                tallies.Add(k, Classify(i, columns[k]));
            }
        }

        return [.. columns.Select((j, k) => Reason(_eligibility.Cohort.Mentors[j], mentees, tallies, k))];
    }

    private UnmatchedParticipant Explain(Participant person, int others, Func<int, (int Mentee, int Mentor)> cell)
    {
        var tally = new Tallies(1, _eligibility.Rules.Count);
        for (var other = 0; other < others; other++)
        {
            var (i, j) = cell(other);
            tally.Add(0, Classify(i, j));
        }

        return Reason(person, others, tally, 0);
    }

    /// <summary>The index of the rule that excludes the pair, or one of the codes below.</summary>
    private int Classify(int mentee, int mentor)
    {
        if (!_eligibility.IsAllowedUnchecked(mentee, mentor))
        {
            return _eligibility.ExcludedBy(mentee, mentor); // one bit for an allowed pair; the rules asked again only otherwise
        }

        return ByScore(_problem.Scores.At(((long)mentee * _mentors) + mentor));
    }

    /// <summary>An allowed pair's code from its raw cell.</summary>
    private int ByScore(double score)
    {
        score = double.IsNaN(score) ? 0 : score; // as the matrix's indexer reads a cell it holds no score for
        return score < _minimum ? BelowFloor
            : _qualityFirst && score <= 0 ? NoValue // quality first pairs only for value
            : Eligibility.Allowed;
    }

    private const int BelowFloor = -2;
    private const int NoValue = -3;

    /// <summary>
    /// How each of some participants' candidates were classified: per rule, below the floor, of no value, allowed (flat
    /// arrays: the row-by-row tally touches one counter per participant and cell).
    /// </summary>
    private sealed class Tallies(int participants, int rules)
    {
        public int[] Rules { get; } = new int[participants * rules];

        public int[] Allowed { get; } = new int[participants];

        public int[] BelowFloor { get; } = new int[participants];

        public int[] NoValue { get; } = new int[participants];

        public int RuleCount => rules;

        public void Add(int participant, int code)
        {
            switch (code)
            {
                case Eligibility.Allowed: Allowed[participant]++; break;
                case UnmatchedReasons.BelowFloor: BelowFloor[participant]++; break;
                case UnmatchedReasons.NoValue: NoValue[participant]++; break;
                default: Rules[(participant * rules) + code]++; break;
            }
        }
    }

    private UnmatchedParticipant Reason(Participant person, int others, Tallies tallies, int k)
    {
        var rules = _eligibility.Rules;
        var counts = tallies.Rules.AsSpan(k * tallies.RuleCount, tallies.RuleCount).ToArray();
        var (allowed, belowFloor, noValue) = (tallies.Allowed[k], tallies.BelowFloor[k], tallies.NoValue[k]);
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
