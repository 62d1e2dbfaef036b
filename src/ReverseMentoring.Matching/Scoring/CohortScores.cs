using System.Numerics;
using ReverseMentoring.Matching.Rules;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// Every pair of a cohort scored in bulk by one scorer: the score matrix (rows follow <c>Cohort.Mentees</c>, columns
/// <c>Cohort.Mentors</c>), and any pair's exact score and breakdown on demand.
/// </summary>
/// <remarks>
/// Only the float32 matrix is kept: a pair's components are computed again by the scorer when asked for, which
/// <see cref="PairScorer"/>'s contract (pure) makes safe, so memory stays at one float per pair.
/// </remarks>
public sealed class CohortScores
{
    // Built-in rows are scored this many columns at a time: the block's doubles (2 KiB) stay in the L1 cache from the
    // clear through every part to the store, and parts that read the same mentor columns (skill gap and reciprocal
    // both read the mentors' levels) find them there. A multiple of every vector width.
    private const int ColumnBlock = 256;

    private readonly PairScorer _scorer;

    private CohortScores(Eligibility eligibility, PairScorer scorer, ScoreMatrix matrix)
    {
        Eligibility = eligibility;
        _scorer = scorer;
        ComponentNames = scorer.ComponentNames.ToArray().AsReadOnly();
        Matrix = matrix;
    }

    /// <summary>The allowed pairs these scores were computed for.</summary>
    public Eligibility Eligibility { get; }

    /// <summary>The scorer's component names.</summary>
    public IReadOnlyList<string> ComponentNames { get; }

    /// <summary>
    /// The scores the solver sees, stored as float32 (about 7 significant digits); pairs the rules exclude are not
    /// allowed. <see cref="Score"/> gives a pair's exact score.
    /// </summary>
    public ScoreMatrix Matrix { get; }

    /// <summary>Scores every allowed pair of the eligibility's cohort with <paramref name="scorer"/>.</summary>
    /// <exception cref="InvalidOperationException">The scorer broke its contract (a value not finite, or a score outside [0, 1]).</exception>
    public static CohortScores Compute(Eligibility eligibility, PairScorer scorer) => Compute(eligibility, scorer, CancellationToken.None);

    /// <summary>
    /// Scores every allowed pair of the eligibility's cohort with <paramref name="scorer"/>, one mentee row at a time,
    /// checking <paramref name="cancellationToken"/> before each row.
    /// </summary>
    /// <exception cref="InvalidOperationException">The scorer broke its contract (a value not finite, or a score outside [0, 1]).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static CohortScores Compute(Eligibility eligibility, PairScorer scorer, CancellationToken cancellationToken) =>
        Compute(eligibility, scorer, ColumnBlock, cancellationToken);

    /// <summary>
    /// <see cref="Compute(Eligibility, PairScorer, CancellationToken)"/> with built-in rows scored
    /// <paramref name="columnBlock"/> columns at a time (tests use small blocks to reach every block edge).
    /// </summary>
    /// <param name="eligibility">The allowed pairs.</param>
    /// <param name="scorer">The scorer.</param>
    /// <param name="columnBlock">A positive multiple of <c>Vector&lt;float&gt;.Count</c>, so that block edges fall on vector edges.</param>
    /// <param name="cancellationToken">Checked before each row.</param>
    internal static CohortScores Compute(Eligibility eligibility, PairScorer scorer, int columnBlock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        ArgumentNullException.ThrowIfNull(scorer);
        if (columnBlock <= 0 || columnBlock % Vector<float>.Count != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(columnBlock), columnBlock, "A column block is a positive multiple of the float vector width.");
        }

        var mentees = eligibility.Cohort.Mentees;
        var mentors = eligibility.Cohort.Mentors;
        var table = new ScoringTable(mentors, mentees);
        var scores = new float[(long)mentees.Count * mentors.Count];
        MatrixPages.PreferHugePages(scores); // before the first write: page faults cost more than the scoring

        // A user scorer gets whole rows, so its Score calls come in the same order as always (and a broken pair is
        // reported in row order); built-in rows go a block of columns at a time.
        var block = scorer.HasBuiltInRows ? Math.Min(columnBlock, mentors.Count) : mentors.Count;
        var row = new double[block];
        for (var i = 0; i < mentees.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = scores.AsSpan(i * mentors.Count, mentors.Count);
            if (!AnyAllowed(eligibility, i, cells.Length))
            {
                cells.Fill(float.NaN); // nobody allowed in this row: nothing to score
                continue;
            }

            var allowed = eligibility.RowWords(i);
            for (var first = 0; first < cells.Length; first += block)
            {
                var part = row.AsSpan(0, Math.Min(block, cells.Length - first));
                part.Clear();
                scorer.AddColumns(table, i, first, part, 1.0);
                RowStore.Store(allowed, first, part, cells.Slice(first, part.Length));
            }
        }

        var matrix = new ScoreMatrix([.. mentees.Select(p => p.Id)], [.. mentors.Select(p => p.Id)], scores);
        return new CohortScores(eligibility, scorer, matrix);
    }

    /// <summary>The exact score of one pair in double precision: the sum of its <see cref="Breakdown"/>.</summary>
    public double Score(int mentee, int mentor)
    {
        double sum = 0;
        foreach (var component in Breakdown(mentee, mentor))
        {
            sum += component.Value;
        }

        return Math.Clamp(sum, 0, 1);
    }

    /// <summary>The named components of one pair's score, computed again by the scorer; they sum to the pair's score.</summary>
    public IReadOnlyList<ScoreComponent> Breakdown(int mentee, int mentor)
    {
        _ = Matrix[mentee, mentor]; // range check
        var components = new double[ComponentNames.Count];
        _scorer.Score(Eligibility.Cohort.Mentors[mentor], Eligibility.Cohort.Mentees[mentee], components);
        return [.. ComponentNames.Select((name, c) => new ScoreComponent(name, components[c]))];
    }

    // One bit per pair: a row is a few words (unused bits at the end of a row are clear).
    private static bool AnyAllowed(Eligibility eligibility, int mentee, int mentors) =>
        mentors > 0 && eligibility.RowWords(mentee).ContainsAnyExcept(0UL);
}
