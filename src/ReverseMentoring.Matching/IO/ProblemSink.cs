namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Where readers report located problems: either the first one is thrown (reading), or all are kept (validating).
/// One code path for both, so <c>rmatch validate</c> finds exactly what <c>rmatch match</c> would stop on.
/// </summary>
internal sealed class ProblemSink
{
    private readonly List<FileProblem>? _problems;

    private ProblemSink(bool collect) => _problems = collect ? [] : null;

    public bool Collects => _problems is not null;

    public IReadOnlyList<FileProblem> Problems => _problems ?? [];

    public static ProblemSink Throwing() => new(collect: false);

    public static ProblemSink Collecting() => new(collect: true);

    /// <summary>Throws <paramref name="problem"/>, or keeps it when collecting.</summary>
    public void Report(FileFormatException problem)
    {
        if (_problems is null)
        {
            throw problem;
        }

        _problems.Add(problem.ToProblem());
    }
}
