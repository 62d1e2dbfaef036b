using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// Scale, stable matching: mentee-proposing Gale–Shapley on a generated N × N cohort under the default rules and
/// scorer, by <see cref="PairingSolvers.StableMenteeProposing"/> alone and by the engine end to end, against a plain
/// Gale–Shapley written here over the same precomputed scores.
/// </summary>
/// <remarks>
/// Baseline choice: the plain version (full sort of every mentee's allowed mentors by score descending, ties by index;
/// a flat rank array for the mentors; proposals from a stack of free mentees) is what the algorithm costs without a
/// library around it. Preferences are strict (ties by index = id order, the cohort being sorted by id), so the
/// mentee-optimal stable matching is unique and setup throws unless the library finds exactly the same pairs
/// (<c>// check</c> line).
/// </remarks>
[MemoryDiagnoser]
public class StableScaleBenchmarks
{
    private Cohort _cohort = null!;
    private PairingProblem _problem = null!;
    private MatchingEngine _engine = null!;
    private double[] _scores = null!;
    private bool[] _allowed = null!;
    private ScoreMatrix _matrix = null!;

    /// <summary>Participants per side.</summary>
    [Params(2000, 10000)]
    public int N { get; set; }

    /// <summary>Cohort, engine, problem and the flat score arrays (every method's process).</summary>
    [GlobalSetup(Targets = [nameof(Solver), nameof(Engine)])]
    public void Setup()
    {
        _cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = N, Mentees = N }));
        var options = new MatchingOptions { Solver = PairingSolvers.StableMenteeProposing };
        _engine = new MatchingEngine(options);
        var matrix = CohortScores.Compute(Eligibility.Evaluate(_cohort, options.Rules), options.Scorer).Matrix;
        _problem = new PairingProblem(matrix);
        _scores = new double[N * N];
        _allowed = new bool[N * N];
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                _allowed[(i * N) + j] = matrix.IsAllowed(i, j);
                _scores[(i * N) + j] = _allowed[(i * N) + j] ? matrix[i, j] : 0;
            }
        }

        _matrix = matrix;
    }

    /// <summary><see cref="Setup"/>, then the check: once per size, in the baseline's process.</summary>
    [GlobalSetup(Target = nameof(PlainGaleShapley))]
    public void SetupAndCheck()
    {
        Setup();
        var matrix = _matrix;
        var plain = PlainGaleShapley();
        var plainPairs = Enumerable.Range(0, N).Where(j => plain[j] >= 0).Select(j => new SolvedPair(plain[j], j)).ToHashSet();
        var solver = Solver();
        var pairing = Engine();
        var plainTotal = plainPairs.Sum(p => matrix[p.Mentee, p.Mentor]);
        var same = plainPairs.SetEquals(solver.Pairs) && pairing.Pairs.Count == plainPairs.Count && Math.Abs(pairing.TotalScore - plainTotal) <= 1e-9 * N;
        Console.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"// check stable N={N}: plain {plainPairs.Count} pairs, total {plainTotal:F6} | solver {solver.Pairs.Count} pairs, same set {plainPairs.SetEquals(solver.Pairs)} | engine {pairing.Pairs.Count} pairs, total {pairing.TotalScore:F6} | {(same ? "ok" : "MISMATCH")}"));
        if (!same)
        {
            throw new InvalidOperationException($"stable N={N}: the library's stable pairing differs from the plain Gale–Shapley.");
        }
    }

    /// <summary>Plain mentee-proposing Gale–Shapley over the precomputed scores; returns each mentor's mentee (-1 if none).</summary>
    [Benchmark(Baseline = true)]
    public int[] PlainGaleShapley() => GaleShapley(_scores, _allowed, N);

    /// <summary>The library's stable solver on the same matrix (problem built in setup).</summary>
    [Benchmark]
    public SolverResult Solver() => PairingSolvers.StableMenteeProposing.Solve(_problem);

    /// <summary>The engine end to end with the stable solver (cohort built in setup).</summary>
    [Benchmark]
    public Pairing Engine() => _engine.Match(_cohort);

    /// <summary>Mentee-proposing deferred acceptance on an n × n mentee-major score array.</summary>
    public static int[] GaleShapley(double[] scores, bool[] allowed, int n)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(allowed);

        // Each mentee's allowed mentors, best first; each mentor's rank of each mentee (lower is better, -1 forbidden).
        var lists = new int[n][];
        var ranks = new int[n * n];
        var keys = new double[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            var count = Ranked(n, j => allowed[(i * n) + j], j => scores[(i * n) + j], keys, order);
            lists[i] = order[..count];
        }

        Array.Fill(ranks, -1);
        for (var j = 0; j < n; j++)
        {
            var count = Ranked(n, i => allowed[(i * n) + j], i => scores[(i * n) + j], keys, order);
            for (var r = 0; r < count; r++)
            {
                ranks[(j * n) + order[r]] = r;
            }
        }

        var next = new int[n];
        var menteeOf = new int[n];
        Array.Fill(menteeOf, -1);
        var free = new Stack<int>(Enumerable.Range(0, n).Reverse());
        while (free.TryPop(out var mentee))
        {
            var list = lists[mentee];
            while (next[mentee] < list.Length)
            {
                var mentor = list[next[mentee]++];
                var held = menteeOf[mentor];
                if (held < 0)
                {
                    menteeOf[mentor] = mentee;
                    break;
                }

                if (ranks[(mentor * n) + mentee] < ranks[(mentor * n) + held])
                {
                    menteeOf[mentor] = mentee;
                    free.Push(held);
                    break;
                }
            }
        }

        return menteeOf;
    }

    /// <summary>Fills <paramref name="order"/> with the allowed partners by score descending, ties by index; returns their count.</summary>
    private static int Ranked(int n, Func<int, bool> allowed, Func<int, double> score, double[] keys, int[] order)
    {
        var count = 0;
        for (var k = 0; k < n; k++)
        {
            if (allowed(k))
            {
                keys[count] = -score(k);
                order[count++] = k;
            }
        }

        Array.Sort(keys, order, 0, count);

        // Array.Sort is not stable: put each run of equal scores back in index order.
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
            }

            start = end;
        }

        return count;
    }
}
