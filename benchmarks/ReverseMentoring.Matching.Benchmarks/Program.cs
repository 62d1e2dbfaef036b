using BenchmarkDotNet.Running;
using ReverseMentoring.Matching.Benchmarks;

if (args.Length > 0 && args[0] == "--quality")
{
    // Not a benchmark: how much higher the optimal total is than greedy's, for every solver shape.
    SolverBenchmarks.PrintQualityReport(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args);
