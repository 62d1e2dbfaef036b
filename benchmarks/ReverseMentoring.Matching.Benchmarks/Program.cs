using BenchmarkDotNet.Running;
using ReverseMentoring.Matching.Benchmarks;

if (args.Length > 0 && args[0] == "--quality")
{
    // Not a benchmark: how much higher the optimal total is than greedy's, for every solver shape.
    SolverBenchmarks.PrintQualityReport(Console.Out);
    return;
}

if (args.Length > 0 && args[0] == "--scenarios")
{
    // Not a benchmark: the lines the scenario classes print in their GlobalSetup (quality, status, gap), every size.
    // An optional second argument picks one class: capacity, objective, side, stable; sizes may follow it.
    var only = args.Length > 1 ? args[1] : null;
    int[]? sizes = args.Length > 2 ? [.. args.Skip(2).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))] : null;
    if (only is null or "capacity")
    {
        foreach (var shape in (string[])["200x500", "500x1500"])
        {
            new CapacityBenchmarks { Shape = shape }.Setup();
        }
    }

    if (only is null or "objective")
    {
        foreach (var n in sizes ?? [300, 1000])
        {
            new ObjectiveBenchmarks { N = n }.Setup();
        }
    }

    if (only is null or "side")
    {
        foreach (var n in sizes ?? [50, 100])
        {
            new SideConstraintBenchmarks { N = n }.Setup();
        }
    }

    if (only is null or "stable")
    {
        foreach (var n in sizes ?? [300, 1000])
        {
            new StableMatchingBenchmarks { N = n }.Setup();
        }
    }

    return;
}

if (args.Length > 0 && args[0] == "--peak-memory")
{
    // Not a benchmark: one scale run in this process, then its peak RSS and per-stage times (see PeakMemory).
    Environment.ExitCode = PeakMemory.Run(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args);
