using System.Diagnostics;
using System.Globalization;
using ReverseMentoring.Matching.Diagnostics;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// Not a benchmark: one run of a scale scenario in this process, then its peak resident memory (VmHWM, native
/// OR-Tools memory included, which the MemoryDiagnoser cannot see) in MiB and as a multiple of the float32 score
/// matrix (4 bytes × mentors × mentees), and the time of each stage of the engine.
/// </summary>
/// <remarks>
/// <c>-- --peak-memory realistic N | uniform N | capacitated MENTORS MENTEES | stable N | stable-price N</c>. Run one scenario per
/// process: VmHWM never goes down. The input (cohort or matrix) is built first and the peak at that point is printed
/// too, so the run's own share can be told apart.
/// </remarks>
internal static class PeakMemory
{
    private const string Usage = "usage: --peak-memory realistic N | uniform N | capacitated MENTORS MENTEES | stable N | stable-price N";

    public static int Run(string[] args)
    {
        int Size(int at) => int.Parse(args[at], CultureInfo.InvariantCulture);
        if (args.Length < 3)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        switch (args[1])
        {
            case "realistic":
                Engine(args[1], Size(2), Size(2), new MatchingOptions());
                return 0;
            case "capacitated" when args.Length > 3:
                Engine(args[1], Size(2), Size(3), new MatchingOptions { MenteeCapacity = CapacitatedBenchmarks.MenteeCapacity });
                return 0;
            case "stable":
                Engine(args[1], Size(2), Size(2), new MatchingOptions { Solver = PairingSolvers.StableMenteeProposing });
                return 0;
            case "stable-price": // the same with the optimal solve for the price of stability (what "stable" was before it was opt-in)
                Engine(args[1], Size(2), Size(2), new MatchingOptions { Solver = PairingSolvers.StableMenteeProposing, CompareWithOptimum = true });
                return 0;
            case "uniform":
                Uniform(Size(2));
                return 0;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static void Engine(string scenario, int mentors, int mentees, MatchingOptions options)
    {
        var cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = mentors, Mentees = mentees }));
        var input = PeakMiB();
        var stages = new StageClock();
        var pairing = new MatchingEngine(options).Match(cohort, stages);
        var peak = PeakMiB();
        Console.WriteLine(Invariant($"peak-memory {scenario} {mentors}x{mentees}: {pairing.Pairs.Count} pairs, total {pairing.TotalScore:F3}, {pairing.SolverName}, {pairing.Elapsed.TotalSeconds:F2} s"));
        foreach (var (stage, start, duration) in stages.Stages())
        {
            Console.WriteLine(Invariant($"  {stage,-11} starts {start.TotalSeconds,8:F2} s, takes {duration.TotalSeconds,8:F2} s"));
        }

        PrintPeak(input, peak, mentors, mentees);
    }

    private static void Uniform(int n)
    {
        var problem = new PairingProblem(Uniform1to1Benchmarks.UniformMatrix(n));
        var input = PeakMiB();
        var watch = Stopwatch.StartNew();
        var result = PairingSolvers.Automatic.Solve(problem);
        watch.Stop();
        var peak = PeakMiB();
        Console.WriteLine(Invariant($"peak-memory uniform {n}x{n}: {result.Pairs.Count} pairs, {result.SolverName}, solve {watch.Elapsed.TotalSeconds:F2} s"));
        PrintPeak(input, peak, n, n);
    }

    private static void PrintPeak(double? input, double? peak, int mentors, int mentees)
    {
        var matrixMiB = 4.0 * mentors * mentees / (1024 * 1024);
        Console.WriteLine(peak is { } p
            ? Invariant($"  peak RSS {p:F0} MiB = {p / matrixMiB:F1} x the float32 matrix ({matrixMiB:F1} MiB); after building the input {input:F0} MiB")
            : "  peak RSS unavailable (no /proc/self/status)");
    }

    /// <summary>VmHWM from /proc/self/status in MiB, or null where the file or the line is missing.</summary>
    private static double? PeakMiB()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kib = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var value, ..] ? value : null;
        return kib is null ? null : double.Parse(kib, CultureInfo.InvariantCulture) / 1024;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Records each stage's start as the engine reports it, synchronously (<see cref="Progress{T}"/> would post to
    /// the thread pool and could reorder reports).
    /// </summary>
    private sealed class StageClock : IProgress<MatchingProgress>
    {
        private readonly List<MatchingProgress> _reports = [];

        public void Report(MatchingProgress value) => _reports.Add(value);

        /// <summary>Each stage with its start and duration (up to the next report).</summary>
        public IEnumerable<(MatchingStage Stage, TimeSpan Start, TimeSpan Duration)> Stages() =>
            _reports.Zip(_reports.Skip(1), (a, b) => (a.Stage, a.Elapsed, b.Elapsed - a.Elapsed));
    }
}
