using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReverseMentoring.Matching.Explaining;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// <see cref="CapacitatedBenchmarks"/> at the size, 20,000 mentors × 5,000 mentees (100 million cells).
/// <b>Long</b>: minutes per invocation, so it has its own job (one invocation per iteration, one warm-up, two
/// iterations, no pilot or overhead stages) and should be run alone, without <c>--job</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 2)]
public class CapacitatedLargeBenchmarks
{
    private readonly CapacitatedBenchmarks _inner = new();

    /// <summary>Mentors × mentees.</summary>
    [Params("20000x5000")]
    public string Shape { get; set; } = "20000x5000";

    /// <inheritdoc cref="CapacitatedBenchmarks.Setup"/>
    [GlobalSetup(Target = nameof(Engine))]
    public void Setup()
    {
        _inner.Shape = Shape;
        _inner.Setup();
    }

    /// <inheritdoc cref="CapacitatedBenchmarks.SetupAndCheck"/>
    [GlobalSetup(Target = nameof(RawMinCostFlow))]
    public void SetupAndCheck()
    {
        _inner.Shape = Shape;
        _inner.SetupAndCheck();
    }

    /// <inheritdoc cref="CapacitatedBenchmarks.RawMinCostFlow"/>
    [Benchmark(Baseline = true)]
    public bool[] RawMinCostFlow() => _inner.RawMinCostFlow();

    /// <inheritdoc cref="CapacitatedBenchmarks.Engine"/>
    [Benchmark]
    public Pairing Engine() => _inner.Engine();
}
