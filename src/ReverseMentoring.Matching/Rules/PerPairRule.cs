using System.Numerics;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>Any rule, asked pair by pair through <see cref="PairRule.Allows"/>: the default for user-written rules.</summary>
internal sealed class PerPairRule : PreparedRule
{
    private readonly PairRule _rule;
    private readonly Cohort _cohort;
    private readonly IReadOnlyList<Participant> _mentors;
    private readonly IReadOnlyList<Participant> _mentees;

    public PerPairRule(PairRule rule, Cohort cohort)
    {
        _rule = rule;
        _cohort = cohort;
        _mentors = cohort.Mentors;
        _mentees = cohort.Mentees;
    }

    public override void Restrict(int mentee, Span<ulong> row)
    {
        var person = _mentees[mentee];
        for (var w = 0; w < row.Length; w++)
        {
            // Only the pairs still allowed: a user rule is called exactly as often as when each pair stopped at its first exclusion.
            var word = row[w];
            for (var left = word; left != 0; left &= left - 1)
            {
                var bit = BitOperations.TrailingZeroCount(left);
                if (!_rule.Allows(_mentors[(w * 64) + bit], person, _cohort))
                {
                    word &= ~(1UL << bit);
                }
            }

            row[w] = word;
        }
    }

    public override bool Allows(int mentee, int mentor) => _rule.Allows(_mentors[mentor], _mentees[mentee], _cohort);
}
