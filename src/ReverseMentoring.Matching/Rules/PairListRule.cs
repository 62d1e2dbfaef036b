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

    // Per mentee, the sorted columns of its listed mentors: a row costs what is listed for it, not one look-up per mentor.
    internal override PreparedRule Prepare(Cohort cohort)
    {
        var mentors = IndexById(cohort.Mentors);
        var mentees = IndexById(cohort.Mentees);
        var listed = new List<int>?[cohort.Mentees.Count];
        foreach (var (mentor, mentee) in _pairs)
        {
            if (mentors.TryGetValue(mentor, out var j) && mentees.TryGetValue(mentee, out var i))
            {
                (listed[i] ??= []).Add(j);
            }
        }

        return new Prepared([.. listed.Select(l => l is null ? [] : l.Order().ToArray())]);
    }

    private static Dictionary<string, int> IndexById(IReadOnlyList<Participant> side)
    {
        var index = new Dictionary<string, int>(side.Count, StringComparer.Ordinal);
        for (var k = 0; k < side.Count; k++)
        {
            index.Add(side[k].Id, k);
        }

        return index;
    }

    private sealed class Prepared(int[][] listed) : PreparedRule
    {
        public override void Restrict(int mentee, Span<ulong> row)
        {
            foreach (var mentor in listed[mentee])
            {
                row[mentor / RowBits.BitsPerWord] &= ~(1UL << (mentor % RowBits.BitsPerWord));
            }
        }

        public override bool Allows(int mentee, int mentor) => Array.BinarySearch(listed[mentee], mentor) < 0;
    }
}
