using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// The whole pipeline, <c>new MatchingEngine().Match(cohort)</c>, on a generated cohort with a manager tree.
/// </summary>
/// <remarks>
/// Baseline choice: a run with no rules at the same size. Both methods score and solve an N×N matrix of
/// the same shape, so the ratio isolates what the default hard constraints cost (the reporting-line rule
/// walks the manager chain of both people for every pair, the seniority rule compares levels) together
/// with their effect on the solver (fewer allowed cells). How the run scales with N is read from the Mean
/// column across the two sizes; a "smaller size" baseline would only restate that and hide the rule cost.
/// The cohort is built (and validated) in setup, so the numbers are rules + scoring + solving + explaining.
/// </remarks>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Cohort _cohort = null!;
    private MatchingEngine _noRules = null!;
    private MatchingEngine _defaults = null!;

    /// <summary>Participants per side.</summary>
    [Params(100, 500)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = N, Mentees = N }));
        _noRules = new MatchingEngine(new MatchingOptions { Rules = [] });
        _defaults = new MatchingEngine();
        var pairing = _defaults.Match(_cohort);
        Console.WriteLine(
            $"// N={N}: {pairing.Pairs.Count} pairs, {pairing.UnmatchedMentees.Count} mentees unmatched, mean score {pairing.MeanScore:F3}");
    }

    /// <summary>Scoring and solving only: every pair allowed.</summary>
    [Benchmark(Baseline = true)]
    public Pairing NoRules() => _noRules.Match(_cohort);

    /// <summary>The default engine, exactly as a caller writes it: reporting line and seniority rules.</summary>
    [Benchmark]
    public Pairing DefaultRules() => new MatchingEngine().Match(_cohort);
}
