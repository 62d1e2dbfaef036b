namespace ReverseMentoring.Matching.Rules;

/// <summary>
/// A rule prepared for one cohort (see <see cref="PairRule.Prepare"/>): per-participant data in dense arrays indexed like
/// <c>Cohort.Mentees</c> and <c>Cohort.Mentors</c>, so that a whole mentee row is decided at once. Immutable once built.
/// </summary>
internal abstract class PreparedRule
{
    /// <summary>
    /// Clears in <paramref name="row"/> the bit of each mentor the rule excludes for this mentee (mentor j is bit j % 64
    /// of word j / 64). Bits already clear stay clear and need not be asked about, as a later rule is only asked about
    /// pairs the earlier rules allow.
    /// </summary>
    public abstract void Restrict(int mentee, Span<ulong> row);

    /// <summary>The same answer as <see cref="PairRule.Allows"/> for the participants at these indices.</summary>
    public abstract bool Allows(int mentee, int mentor);
}
