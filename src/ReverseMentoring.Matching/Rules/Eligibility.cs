using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>
/// Which pairs of a cohort the rules allow, and for each excluded pair the first rule that excluded it.
/// Indices follow <see cref="Cohort.Mentees"/> (rows) and <see cref="Cohort.Mentors"/> (columns).
/// </summary>
/// <remarks>
/// Only the allowed pairs are stored, one bit per pair; <see cref="ExcludedBy"/> asks the rules again for the one pair.
/// </remarks>
public sealed class Eligibility
{
    /// <summary>The value of <see cref="ExcludedBy"/> for an allowed pair.</summary>
    public const int Allowed = -1;

    /// <summary>
    /// The most mentor–mentee pairs (mentees times mentors) one run can hold: the score matrix is one array with a value
    /// per pair, so this is <see cref="Array.MaxLength"/>. A larger cohort must be split into smaller programmes.
    /// </summary>
    public const long MaxPairs = 0x7FFFFFC7;

    // Row-major bitset of the allowed pairs: mentee i's row is WordsPerRow words from i * WordsPerRow, mentor j at bit j % 64.
    private readonly ulong[] _allowed;
    private readonly PreparedRule[] _prepared;

    private Eligibility(Cohort cohort, PairRule[] rules, PreparedRule[] prepared, ulong[] allowed, int wordsPerRow)
    {
        Cohort = cohort;
        Rules = rules.AsReadOnly();
        _prepared = prepared;
        _allowed = allowed;
        WordsPerRow = wordsPerRow;
    }

    /// <summary>The cohort the rules were applied to.</summary>
    public Cohort Cohort { get; }

    /// <summary>The rules, in the order they were applied.</summary>
    public IReadOnlyList<PairRule> Rules { get; }

    /// <summary>How many 64-bit words hold one mentee's row of <see cref="RowWords"/>.</summary>
    internal int WordsPerRow { get; }

    /// <summary>Applies the rules, in order, to every mentor–mentee pair of the cohort.</summary>
    /// <exception cref="ArgumentException">A rule is null, or two rules share a name.</exception>
    /// <exception cref="MatchingInputException">The cohort has more than <see cref="MaxPairs"/> pairs.</exception>
    public static Eligibility Evaluate(Cohort cohort, IReadOnlyList<PairRule> rules) =>
        Evaluate(cohort, rules, CancellationToken.None);

    /// <summary>Applies the rules, in order, to every mentor–mentee pair of the cohort, checking the token at every mentee.</summary>
    /// <exception cref="ArgumentException">A rule is null, or two rules share a name.</exception>
    /// <exception cref="MatchingInputException">The cohort has more than <see cref="MaxPairs"/> pairs.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Eligibility Evaluate(Cohort cohort, IReadOnlyList<PairRule> rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(rules);
        PairRule[] copy = [.. rules];
        if (copy.Any(r => r is null))
        {
            throw new ArgumentException("The rule list contains a null entry.", nameof(rules));
        }

        var duplicate = copy.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two rules are named '{duplicate.Key}'; rule names must be unique.", nameof(rules));
        }

        var mentees = cohort.Mentees.Count;
        var mentors = cohort.Mentors.Count;
        ThrowIfTooLarge(mentees, mentors);
        cancellationToken.ThrowIfCancellationRequested();

        var prepared = copy.Select(r => r.Prepare(cohort)).ToArray();
        var wordsPerRow = RowBits.WordsFor(mentors);
        var allowed = new ulong[(long)mentees * wordsPerRow]; // at most MaxPairs / 64 + mentees words
        for (var i = 0; i < mentees; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = allowed.AsSpan(i * wordsPerRow, wordsPerRow);
            RowBits.Fill(row, mentors);
            foreach (var rule in prepared)
            {
                rule.Restrict(i, row);
            }
        }

        return new Eligibility(cohort, copy, prepared, allowed, wordsPerRow);
    }

    /// <summary>Whether the pair (mentee row, mentor column) is allowed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside its side of the cohort.</exception>
    public bool IsAllowed(int mentee, int mentor)
    {
        CheckIndices(mentee, mentor);
        return IsAllowedUnchecked(mentee, mentor);
    }

    /// <summary>The index in <see cref="Rules"/> of the first rule excluding the pair, or <see cref="Allowed"/>.</summary>
    /// <remarks>Asks the rules again, in order, for this one pair: meant for explaining, not for every pair of a large cohort.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside its side of the cohort.</exception>
    /// <exception cref="InvalidOperationException">A rule answered differently for the same pair (its <see cref="PairRule.Allows"/> is not pure).</exception>
    public int ExcludedBy(int mentee, int mentor)
    {
        CheckIndices(mentee, mentor);
        if (IsAllowedUnchecked(mentee, mentor))
        {
            return Allowed;
        }

        for (var r = 0; r < _prepared.Length; r++)
        {
            if (!_prepared[r].Allows(mentee, mentor))
            {
                return r;
            }
        }

        throw new InvalidOperationException(
            $"The rules excluded the pair ({Cohort.Mentors[mentor].Id}, {Cohort.Mentees[mentee].Id}) once and allow it now; a rule's Allows must be pure.");
    }

    /// <summary>
    /// Whether the pair is allowed, without checking the indices: for the scoring and solving loops that walk valid indices.
    /// </summary>
    internal bool IsAllowedUnchecked(int mentee, int mentor) =>
        (_allowed[(mentee * WordsPerRow) + (mentor >> 6)] & (1UL << mentor)) != 0; // a shift by a ulong's width wraps: mentor % 64

    /// <summary>
    /// One mentee's row of allowed pairs: mentor j is bit j % 64 of word j / 64; the bits past the last mentor are clear.
    /// </summary>
    internal ReadOnlySpan<ulong> RowWords(int mentee) => _allowed.AsSpan(mentee * WordsPerRow, WordsPerRow);

    /// <summary>Fails before anything per pair is allocated when the cohort has more pairs than one run can hold.</summary>
    /// <exception cref="MatchingInputException">More than <see cref="MaxPairs"/> pairs.</exception>
    internal static void ThrowIfTooLarge(int mentees, int mentors)
    {
        var pairs = (long)mentees * mentors;
        if (pairs > MaxPairs)
        {
            throw new MatchingInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"The cohort has {mentees:N0} mentees and {mentors:N0} mentors: {pairs:N0} pairs, more than the {MaxPairs:N0} one run can score; split the cohort into smaller programmes."));
        }
    }

    private void CheckIndices(int mentee, int mentor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mentee);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mentee, Cohort.Mentees.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(mentor);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mentor, Cohort.Mentors.Count);
    }
}
