using System.Globalization;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// Shared set-up for the scenario benchmarks: a generated cohort scored under the default rules and scorer
/// (rows = <see cref="Cohort.Mentees"/>, columns = <see cref="Cohort.Mentors"/>), and a one-line summary of a result.
/// </summary>
internal static class ScenarioData
{
    /// <summary><paramref name="mentees"/> executives × <paramref name="mentors"/> juniors from <see cref="SyntheticCohort"/>, default rules and scorer.</summary>
    public static (Cohort Cohort, ScoreMatrix Matrix) CohortMatrix(int mentees, int mentors)
    {
        var cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = mentors, Mentees = mentees }));
        var scores = CohortScores.Compute(Eligibility.Evaluate(cohort, PairRules.Defaults), PairScorers.Default);
        return (cohort, scores.Matrix);
    }

    /// <summary>Status, solver, pairs, total, mean and worst pair score of a result, for the benchmark log.</summary>
    public static string Summary(ScoreMatrix matrix, SolverResult result)
    {
        var scores = result.Pairs.Select(p => matrix[p.Mentee, p.Mentor]).ToArray();
        var total = scores.Sum();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Status} by {result.SolverName}: {scores.Length} pairs, total {total:F3}, mean {(scores.Length > 0 ? total / scores.Length : double.NaN):F3}, worst {(scores.Length > 0 ? scores.Min() : double.NaN):F3}");
    }
}
