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
    public static CohortScores Compute(Eligibility eligibility, PairScorer scorer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        ArgumentNullException.ThrowIfNull(scorer);
        var mentees = eligibility.Cohort.Mentees;
        var mentors = eligibility.Cohort.Mentors;
        var table = new ScoringTable(mentors, mentees);
        var scores = new float[(long)mentees.Count * mentors.Count];
        var row = new double[mentors.Count];
        for (var i = 0; i < mentees.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = scores.AsSpan(i * mentors.Count, mentors.Count);
            if (!AnyAllowed(eligibility, i, cells.Length))
            {
                cells.Fill(float.NaN); // nobody allowed in this row: nothing to score
                continue;
            }

            Array.Clear(row);
            scorer.AddRow(table, i, row, 1.0);
            RowStore.Store(eligibility.RowWords(i), row, cells);
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
