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
    // Built-in rows are scored this many columns at a time, every row of one block before the next block: the block's
    // mentor columns (levels, goals, departments: about 26 KiB with 5 skill areas) are read from cache by every row
    // instead of from memory, and the row's doubles (2 KiB) stay in L1 from the clear through every part to the store.
    // A multiple of every vector width.
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
    /// Scores every allowed pair of the eligibility's cohort with <paramref name="scorer"/>, one mentee row at a time
    /// (built-in scorers: one block of mentor columns of each row at a time), checking
    /// <paramref name="cancellationToken"/> before each row (and each block).
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

        // Column blocks outside, rows inside: every row reads the block's mentor columns while they are in cache. A user
        // scorer gets one block of whole rows, so its Score calls come in the same order as always (row by row, part by
        // part, and a broken pair is reported in that order).
        var block = Math.Max(1, scorer.HasBuiltInRows ? Math.Min(columnBlock, mentors.Count) : mentors.Count);
        var row = new double[block];
        for (var first = 0; first == 0 || first < mentors.Count; first += block)
        {
            var width = Math.Min(block, mentors.Count - first);
            var part = row.AsSpan(0, width);
            for (var i = 0; i < mentees.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var cells = scores.AsSpan((i * mentors.Count) + first, width);
                var allowed = eligibility.RowWords(i);
                if (!AnyAllowed(allowed, first, width))
                {
                    cells.Fill(float.NaN); // nobody allowed here: nothing to score
                    continue;
                }

                part.Clear();
                scorer.AddColumns(table, i, first, part, 1.0);
                RowStore.Store(allowed, first, part, cells);
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

    // One bit per pair: a block is a few words (bits of cells outside it may share them, which only means a block is
    // scored for nothing; unused bits at the end of a row are clear).
    private static bool AnyAllowed(ReadOnlySpan<ulong> allowed, int first, int width) =>
        width > 0 && allowed[(first >> 6)..(((first + width - 1) >> 6) + 1)].ContainsAnyExcept(0UL);
}
