using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// Scale, solver only: <see cref="PairingSolvers.Automatic"/> on an N × N matrix of uniform random scores in [0, 1)
/// with no forbidden cell, against one raw OR-Tools LinearSumAssignment solve of the same (precomputed) costs.
/// </summary>
/// <remarks>
/// Baseline choice: the raw solve is the floor for this input; the ratio is what the library's solver adds around
/// OR-Tools (its canonical grid, cost scaling and any retries, reading the result). Setup prints a <c>// check</c> line
/// and throws unless both find the same number of pairs and the same total within the cost rounding.
/// </remarks>
[MemoryDiagnoser]
public class Uniform1to1Benchmarks
{
    /// <summary>Seed of the random scores.</summary>
    public const int Seed = 11;

    private PairingProblem _problem = null!;
    private long[] _costs = null!;
    private int _size;
    private double _scale;

    /// <summary>Participants per side.</summary>
    [Params(1000, 4000)]
    public int N { get; set; }

    /// <summary>Matrix, problem and costs (every method's process).</summary>
    [GlobalSetup(Target = nameof(Automatic))]
    public void Setup()
    {
        _problem = new PairingProblem(UniformMatrix(N));
        (_costs, _size, _scale) = OrToolsByHand.AssignmentCosts(_problem.Scores);
    }

    /// <summary><see cref="Setup"/>, then the check: once per size, in the baseline's process.</summary>
    [GlobalSetup(Target = nameof(RawOrTools))]
    public void SetupAndCheck()
    {
        Setup();
        var matrix = _problem.Scores;
        var (rawPairs, rawTotal) = OrToolsByHand.Total(matrix, _costs, _size, OrToolsByHand.Assign(_costs, _size));
        var result = Automatic();
        OrToolsByHand.Check($"uniform N={N}", rawPairs, rawTotal, result.Pairs.Count, result.Pairs.Sum(p => matrix[p.Mentee, p.Mentor]), _scale);
    }

    /// <summary>OR-Tools LinearSumAssignment by hand on the precomputed costs.</summary>
    [Benchmark(Baseline = true)]
    public int[] RawOrTools() => OrToolsByHand.Assign(_costs, _size);

    /// <summary>The library's default solver on the same matrix (built in setup).</summary>
    [Benchmark]
    public SolverResult Automatic() => PairingSolvers.Automatic.Solve(_problem);

    /// <summary>N × N scores uniform in [0, 1), every cell allowed, seeded so every run sees the same matrix.</summary>
    public static ScoreMatrix UniformMatrix(int n)
    {
#pragma warning disable CA5394 // seeded benchmark data, not security
        var random = new Random(Seed);
        var scores = new double?[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                scores[i, j] = random.NextDouble();
            }
        }
#pragma warning restore CA5394

        return new ScoreMatrix(
            [.. Enumerable.Range(0, n).Select(i => $"e{i:D6}")],
            [.. Enumerable.Range(0, n).Select(j => $"m{j:D6}")],
            scores);
    }
}
