using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>
/// A hard constraint: a mentor–mentee pair is allowed or not. Built-in rules are in <see cref="PairRules"/>;
/// a new rule is one small class deriving from this one.
/// </summary>
/// <remarks>
/// Contract: <see cref="Allows"/> is pure and thread-safe, and depends only on the two participants and the cohort.
/// </remarks>
public abstract class PairRule
{
    /// <summary>A short name, for example <c>reporting line</c>; unique among the rules of one run.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// How an excluded candidate is described in an unmatched person's reason, after a count,
    /// for example <c>excluded by reporting line</c> in "3 excluded by reporting line".
    /// </summary>
    public abstract string ExclusionReason { get; }

    /// <summary>Whether the rule allows this mentor to be paired with this mentee.</summary>
    public abstract bool Allows(Participant mentor, Participant mentee, Cohort cohort);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>
    /// Prepares the rule for one cohort, so that <see cref="Eligibility.Evaluate(Cohort, IReadOnlyList{PairRule}, CancellationToken)"/>
    /// can decide a whole mentee row at once. The default asks <see cref="Allows"/> pair by pair; the built-in rules
    /// override it with dense per-participant data and must answer exactly as their <see cref="Allows"/> does.
    /// </summary>
    internal virtual PreparedRule Prepare(Cohort cohort) => new PerPairRule(this, cohort);
}
