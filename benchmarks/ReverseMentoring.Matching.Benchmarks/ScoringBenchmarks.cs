using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// Scoring every pair of an N×N cohort with the default composite scorer (skill gap, reciprocal, network reach):
/// the public per-pair API in a loop (baseline) against the bulk path over dense arrays.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private Cohort _cohort = null!;
    private PairScorer _scorer = null!;

    /// <summary>Participants per side.</summary>
    [Params(200, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = N, Mentees = N }));
        _scorer = PairScorers.Default;
    }

    /// <summary>
    /// What a caller without the bulk path writes: <c>Score(mentor, mentee, span)</c> for every pair into a
    /// dense score array (the smallest output a solver needs). The component span is reused.
    /// </summary>
    [Benchmark(Baseline = true)]
    public double[] PerPairLoop()
    {
        var mentors = _cohort.Mentors;
        var mentees = _cohort.Mentees;
        var scores = new double[mentees.Count * mentors.Count];
        Span<double> components = stackalloc double[3];
        for (var i = 0; i < mentees.Count; i++)
        {
            for (var j = 0; j < mentors.Count; j++)
            {
                _scorer.Score(mentors[j], mentees[i], components);
                scores[(i * mentors.Count) + j] = components[0] + components[1] + components[2];
            }
        }

        return scores;
    }

    /// <summary>
    /// The engine's path: eligibility with no rules (so only scoring is measured, plus the small
    /// eligibility bitset) and <see cref="CohortScores.Compute"/>, which scores a mentee row at a time into the
    /// float32 <see cref="ScoreMatrix"/> (breakdowns are computed again only for the pairs shown).
    /// </summary>
    [Benchmark]
    public CohortScores Bulk() => CohortScores.Compute(Eligibility.Evaluate(_cohort, []), _scorer);
}
