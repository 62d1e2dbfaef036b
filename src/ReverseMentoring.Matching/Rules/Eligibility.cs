using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>
/// Which pairs of a cohort the rules allow, and for each excluded pair the first rule that excluded it.
/// Indices follow <see cref="Cohort.Mentees"/> (rows) and <see cref="Cohort.Mentors"/> (columns).
/// </summary>
public sealed class Eligibility
{
    /// <summary>The value of <see cref="ExcludedBy"/> for an allowed pair.</summary>
    public const int Allowed = -1;

    private readonly sbyte[] _excludedBy;

    private Eligibility(Cohort cohort, IReadOnlyList<PairRule> rules, sbyte[] excludedBy)
    {
        Cohort = cohort;
        Rules = rules;
        _excludedBy = excludedBy;
    }

    /// <summary>The cohort the rules were applied to.</summary>
    public Cohort Cohort { get; }

    /// <summary>The rules, in the order they were applied.</summary>
    public IReadOnlyList<PairRule> Rules { get; }

    /// <summary>Applies the rules, in order, to every mentor–mentee pair of the cohort.</summary>
    /// <exception cref="ArgumentException">A rule is null, two rules share a name, or there are more than 127 rules.</exception>
    public static Eligibility Evaluate(Cohort cohort, IReadOnlyList<PairRule> rules)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Any(r => r is null))
        {
            throw new ArgumentException("The rule list contains a null entry.", nameof(rules));
        }

        if (rules.Count > sbyte.MaxValue)
        {
            throw new ArgumentException("At most 127 rules can be applied at once.", nameof(rules));
        }

        var duplicate = rules.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two rules are named '{duplicate.Key}'; rule names must be unique.", nameof(rules));
        }

        var mentees = cohort.Mentees;
        var mentors = cohort.Mentors;
        var excludedBy = new sbyte[mentees.Count * mentors.Count];
        for (var i = 0; i < mentees.Count; i++)
        {
            for (var j = 0; j < mentors.Count; j++)
            {
                excludedBy[(i * mentors.Count) + j] = FirstExcluding(rules, mentors[j], mentees[i], cohort);
            }
        }

        return new Eligibility(cohort, [.. rules], excludedBy);
    }

    /// <summary>Whether the pair (mentee row, mentor column) is allowed.</summary>
    public bool IsAllowed(int mentee, int mentor) => ExcludedBy(mentee, mentor) == Allowed;

    /// <summary>The index in <see cref="Rules"/> of the first rule excluding the pair, or <see cref="Allowed"/>.</summary>
    public int ExcludedBy(int mentee, int mentor) => _excludedBy[(mentee * Cohort.Mentors.Count) + mentor];

    private static sbyte FirstExcluding(IReadOnlyList<PairRule> rules, Participant mentor, Participant mentee, Cohort cohort)
    {
        for (var r = 0; r < rules.Count; r++)
        {
            if (!rules[r].Allows(mentor, mentee, cohort))
            {
                return (sbyte)r;
            }
        }

        return Allowed;
    }
}
