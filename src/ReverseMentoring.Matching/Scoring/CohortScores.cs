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

    /// <summary>The scores; pairs the rules exclude are not allowed.</summary>
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

        var scores = new double[mentees.Count * mentors.Count];
        var allowed = new bool[scores.Length];
        for (var i = 0; i < mentees.Count; i++)
        {
            for (var j = 0; j < mentors.Count; j++)
            {
                var cell = (i * mentors.Count) + j;
                scores[cell] = Math.Clamp(ScorerContract.CheckedScore(scorer, table, components, k, 0, 1.0, i, j), 0, 1);
                allowed[cell] = eligibility.IsAllowed(i, j);
            }
        }

        var matrix = new ScoreMatrix(
            [.. mentees.Select(p => p.Id)], [.. mentors.Select(p => p.Id)], scores, allowed);
        return new CohortScores(eligibility, names.AsReadOnly(), components, matrix);
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
