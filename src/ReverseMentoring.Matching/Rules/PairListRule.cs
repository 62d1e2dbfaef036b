using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>Excludes the listed mentor–mentee pairs: forbidden pairs, or pairs from earlier cohorts.</summary>
internal sealed class PairListRule : PairRule
{
    private readonly HashSet<(string Mentor, string Mentee)> _pairs;

    public PairListRule(string name, string exclusionReason, IEnumerable<ParticipantPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        Name = name;
        ExclusionReason = exclusionReason;
        _pairs = [.. pairs.Select(p => (p.MentorId, p.MenteeId))];
    }

    public override string Name { get; }

    public override string ExclusionReason { get; }

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) =>
        !_pairs.Contains((mentor.Id, mentee.Id));
}
