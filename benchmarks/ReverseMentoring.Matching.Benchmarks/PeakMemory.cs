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
/// too, so the run's own share can be told apart. At each stage's start the resident memory is read as well (RSS,
/// split into anonymous memory — managed heap, native heap — and file pages, which is mostly loaded libraries such as
/// OR-Tools', and the peak so far), so a stage's growth can be told from the peak inside it. Reading /proc at a
/// stage start allocates a little, which the figures include.
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
        var inputMemory = Resident.Read();
        var stages = new StageClock();
        var pairing = new MatchingEngine(options).Match(cohort, stages);
        var peak = PeakMiB();
        Console.WriteLine(Invariant($"peak-memory {scenario} {mentors}x{mentees}: {pairing.Pairs.Count} pairs, total {pairing.TotalScore:F3}, {pairing.SolverName}, {pairing.Elapsed.TotalSeconds:F2} s"));
        Console.WriteLine(Invariant($"  {"input",-11} {"",36} at start {inputMemory}"));
        foreach (var (stage, start, duration, memory) in stages.Stages())
        {
            Console.WriteLine(Invariant($"  {stage,-11} starts {start.TotalSeconds,8:F2} s, takes {duration.TotalSeconds,8:F2} s, at start {memory}"));
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
    private static double? PeakMiB() => StatusMiB(File.Exists(Status) ? File.ReadAllLines(Status) : [], "VmHWM");

    private const string Status = "/proc/self/status";

    /// <summary>A "Key:   123 kB" line of /proc/self/status in MiB, or null where it is missing.</summary>
    private static double? StatusMiB(string[] lines, string key)
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        var kib = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var value, ..] ? value : null;
        return kib is null ? null : double.Parse(kib, CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>Resident memory at one moment: RSS, its anonymous and file-backed parts, and the peak so far (MiB).</summary>
    private sealed record Resident(double? Rss, double? Anonymous, double? Files, double? Peak)
    {
        public static Resident Read()
        {
            var lines = File.Exists(Status) ? File.ReadAllLines(Status) : [];
            return new Resident(StatusMiB(lines, "VmRSS"), StatusMiB(lines, "RssAnon"), StatusMiB(lines, "RssFile"), StatusMiB(lines, "VmHWM"));
        }

        public override string ToString() => Rss is null
            ? "RSS unavailable"
            : Invariant($"RSS {Rss,6:F1} MiB (anon {Anonymous,6:F1}, files {Files,5:F1}), peak so far {Peak,6:F1} MiB");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Records each stage's start and the resident memory then, as the engine reports it, synchronously
    /// (<see cref="Progress{T}"/> would post to the thread pool and could reorder reports).
    /// </summary>
    private sealed class StageClock : IProgress<MatchingProgress>
    {
        private readonly List<(MatchingProgress Report, Resident Memory)> _reports = [];

        public void Report(MatchingProgress value) => _reports.Add((value, Resident.Read()));

        /// <summary>Each stage with its start, duration (up to the next report) and the memory at its start.</summary>
        public IEnumerable<(MatchingStage Stage, TimeSpan Start, TimeSpan Duration, Resident Memory)> Stages() => _reports.Count == 0
            ? []
            : _reports.Zip(_reports.Skip(1), (a, b) => (a.Report.Stage, a.Report.Elapsed, b.Report.Elapsed - a.Report.Elapsed, a.Memory))
                .Append((MatchingStage.Completed, _reports[^1].Report.Elapsed, TimeSpan.Zero, _reports[^1].Memory));
    }
}
