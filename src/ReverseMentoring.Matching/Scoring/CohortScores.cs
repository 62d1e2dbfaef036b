using ReverseMentoring.Matching.Rules;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// Every pair of a cohort scored in bulk by one scorer: the score matrix (rows follow
/// <c>Cohort.Mentees</c>, columns <c>Cohort.Mentors</c>) and each pair's breakdown.
/// </summary>
public sealed class CohortScores
{
    private readonly double[] _components;

    private CohortScores(Eligibility eligibility, IReadOnlyList<string> componentNames, double[] components, ScoreMatrix matrix)
    {
        Eligibility = eligibility;
        ComponentNames = componentNames;
        _components = components;
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

    /// <summary>Scores every pair of the eligibility's cohort with <paramref name="scorer"/>.</summary>
    /// <exception cref="InvalidOperationException">The scorer broke its contract (a value not finite, or a score outside [0, 1]).</exception>
    public static CohortScores Compute(Eligibility eligibility, PairScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        ArgumentNullException.ThrowIfNull(scorer);
        var mentees = eligibility.Cohort.Mentees;
        var mentors = eligibility.Cohort.Mentors;
        var names = scorer.ComponentNames.ToArray();
        var k = names.Length;
        var components = new double[mentees.Count * mentors.Count * k];
        var table = new ScoringTable(mentors, mentees);
        scorer.ScoreAll(table, components, k, 0, 1.0);

        var scores = new float[mentees.Count * mentors.Count];
        for (var i = 0; i < mentees.Count; i++)
        {
            for (var j = 0; j < mentors.Count; j++)
            {
                var cell = (i * mentors.Count) + j;
                var score = Math.Clamp(ScorerContract.CheckedScore(scorer, table, components, k, 0, 1.0, i, j), 0, 1);
                scores[cell] = eligibility.IsAllowed(i, j) ? (float)score : float.NaN;
            }
        }

        var matrix = new ScoreMatrix([.. mentees.Select(p => p.Id)], [.. mentors.Select(p => p.Id)], scores);
        return new CohortScores(eligibility, names.AsReadOnly(), components, matrix);
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

    /// <summary>The named components of one pair's score; they sum to the pair's score.</summary>
    public IReadOnlyList<ScoreComponent> Breakdown(int mentee, int mentor)
    {
        _ = Matrix[mentee, mentor]; // range check
        var k = ComponentNames.Count;
        var cell = (mentee * Matrix.MentorCount) + mentor;
        return [.. ComponentNames.Select((name, c) => new ScoreComponent(name, _components[(cell * k) + c]))];
    }
}
