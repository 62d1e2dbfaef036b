using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Exploring;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// The explorations against one run of the engine on the same generated cohort (default rules and scorer).
/// </summary>
/// <remarks>
/// Baseline: <c>Match</c>, one run. A why-not question is one run plus one more solve; a re-match (the cohort
/// unchanged, the optimum as the current pairing) one run plus one solve of a copied matrix; ranking k alternatives
/// about k × pairs solves, so its ratio says how many runs' worth a ranking costs at that size.
/// </remarks>
[MemoryDiagnoser]
public class ExplorationBenchmarks
{
    private Cohort _cohort = null!;
    private MatchingEngine _engine = null!;
    private MatchingExplorer _explorer = null!;
    private ParticipantPair[] _current = [];
    private (string Mentee, string Mentor) _outside;

    /// <summary>Participants per side.</summary>
    [Params(30, 100)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = N, Mentees = N }));
        _engine = new MatchingEngine();
        _explorer = new MatchingExplorer(_engine);
        var pairing = _engine.Match(_cohort);
        _current = [.. pairing.Pairs.Select(p => new ParticipantPair(p.MentorId, p.MenteeId))];
        var first = pairing.Pairs[0];
        _outside = (first.MenteeId, pairing.Pairs[1].MentorId);
        Console.WriteLine($"// N={N}: {pairing.Pairs.Count} pairs");
    }

    /// <summary>One run of the engine.</summary>
    [Benchmark(Baseline = true)]
    public Pairing Match() => _engine.Match(_cohort);

    /// <summary>Why not a mentee with another mentee's mentor: the run and one solve with the pair pinned.</summary>
    [Benchmark]
    public WhyNotResult WhyNot() => _explorer.WhyNot(_cohort, _outside.Mentee, _outside.Mentor);

    /// <summary>Re-match from the optimum with the default penalty.</summary>
    [Benchmark]
    public RematchResult Rematch() => _explorer.Rematch(_cohort, _current);

    /// <summary>The 5 best pairings.</summary>
    [Benchmark]
    public AlternativesResult Alternatives5() => _explorer.Alternatives(_cohort, new AlternativesOptions { Count = 5 });
}
