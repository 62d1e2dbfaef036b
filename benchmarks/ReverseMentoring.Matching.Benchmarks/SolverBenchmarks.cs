using System.Globalization;
using BenchmarkDotNet.Attributes;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// The optimal assignment solver (OR-Tools LinearSumAssignment) against a greedy pairing on random dense
/// matrices with about 10% forbidden cells. The ratio is the cost of optimality; the quality it buys is
/// printed once per shape in <see cref="Setup"/> (and by <c>-- --quality</c>).
/// </summary>
[MemoryDiagnoser]
public class SolverBenchmarks
{
    private const double ForbiddenShare = 0.10;
    private const int Seed = 7;

    private ScoreMatrix _matrix = null!;

    /// <summary>Mentees × mentors. 300x1000 is the rectangular case (the solver pads it to 1000×1000).</summary>
    [Params("100x100", "300x300", "1000x1000", "300x1000")]
    public string Shape { get; set; } = "100x100";

    [GlobalSetup]
    public void Setup()
    {
        _matrix = RandomMatrix(Shape);
        Console.WriteLine($"// quality {Compare(Shape, _matrix)}");
    }

    /// <summary>Sort allowed pairs by score, best first; take a pair when both are still free.</summary>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<SolvedPair> Greedy() => GreedyPairs(_matrix);

    /// <summary>The library's default solver: most pairs, then the highest total, proven optimal.</summary>
    [Benchmark]
    public SolverResult LinearSumAssignment() => PairingSolvers.LinearSumAssignment.Solve(_matrix);

    /// <summary>Greedy by score descending; ties by mentee then mentor index, so it is deterministic.</summary>
    public static IReadOnlyList<SolvedPair> GreedyPairs(ScoreMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var rows = matrix.MenteeCount;
        var columns = matrix.MentorCount;
        var cells = new List<(double Score, int Mentee, int Mentor)>(rows * columns);
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (matrix.IsAllowed(i, j))
                {
                    cells.Add((matrix[i, j], i, j));
                }
            }
        }

        cells.Sort(static (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byMentee = a.Mentee.CompareTo(b.Mentee);
            return byMentee != 0 ? byMentee : a.Mentor.CompareTo(b.Mentor);
        });

        var menteeTaken = new bool[rows];
        var mentorTaken = new bool[columns];
        var pairs = new List<SolvedPair>(Math.Min(rows, columns));
        foreach (var (_, i, j) in cells)
        {
            if (!menteeTaken[i] && !mentorTaken[j])
            {
                menteeTaken[i] = mentorTaken[j] = true;
                pairs.Add(new SolvedPair(i, j));
            }
        }

        return pairs;
    }

    /// <summary>A reproducible matrix: scores uniform in [0, 1), each cell forbidden with probability 10%.</summary>
    public static ScoreMatrix RandomMatrix(string shape)
    {
        var (rows, columns) = ParseShape(shape);
#pragma warning disable CA5394 // seeded benchmark data, not security
        var random = new Random(Seed + rows + (31 * columns));
        var scores = new double?[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var forbidden = random.NextDouble() < ForbiddenShare;
                var score = random.NextDouble();
                scores[i, j] = forbidden ? null : score;
            }
        }
#pragma warning restore CA5394

        return new ScoreMatrix(
            [.. Enumerable.Range(0, rows).Select(i => $"e{i:D5}")],
            [.. Enumerable.Range(0, columns).Select(j => $"m{j:D5}")],
            scores);
    }

    /// <summary>One line comparing greedy and optimal on the matrix: pairs, totals and the gap.</summary>
    public static string Compare(string shape, ScoreMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var greedy = GreedyPairs(matrix);
        var optimal = PairingSolvers.LinearSumAssignment.Solve(matrix);
        var greedyTotal = greedy.Sum(p => matrix[p.Mentee, p.Mentor]);
        var optimalTotal = optimal.Pairs.Sum(p => matrix[p.Mentee, p.Mentor]);
        var gain = greedyTotal > 0 ? (optimalTotal - greedyTotal) / greedyTotal : double.NaN;
        var greedyMin = greedy.Count > 0 ? greedy.Min(p => matrix[p.Mentee, p.Mentor]) : double.NaN;
        var optimalMin = optimal.Pairs.Count > 0 ? optimal.Pairs.Min(p => matrix[p.Mentee, p.Mentor]) : double.NaN;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{shape,-10} greedy: {greedy.Count,4} pairs, total {greedyTotal,9:F3}, worst {greedyMin:F3} | optimal ({optimal.Status}): {optimal.Pairs.Count,4} pairs, total {optimalTotal,9:F3}, worst {optimalMin:F3} | optimal is {gain:P2} higher");
    }

    /// <summary>Prints <see cref="Compare"/> for every benchmarked shape.</summary>
    public static void PrintQualityReport(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var shape in typeof(SolverBenchmarks).GetProperty(nameof(Shape))!
                     .GetCustomAttributes(typeof(ParamsAttribute), inherit: false).Cast<ParamsAttribute>()
                     .SelectMany(a => a.Values).Cast<string>())
        {
            output.WriteLine(Compare(shape, RandomMatrix(shape)));
        }

        // Uniform random scores are the easy case for greedy; a generated cohort scored by the default
        // scorer under the default rules (reporting line, seniority) is closer to a real program.
        foreach (var n in (int[])[100, 500])
        {
            var cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = n, Mentees = n }));
            var scores = CohortScores.Compute(Eligibility.Evaluate(cohort, PairRules.Defaults), PairScorers.Default);
            output.WriteLine(Compare($"cohort{n}", scores.Matrix));
        }
    }

    private static (int Rows, int Columns) ParseShape(string shape)
    {
        var parts = shape.Split('x');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
