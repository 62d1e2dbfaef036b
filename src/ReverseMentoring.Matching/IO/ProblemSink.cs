using ReverseMentoring.Matching.Model;

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
    public void Report(CsvFormatException problem)
    {
        if (_problems is null)
        {
            throw problem;
        }

        _problems.Add(new FileProblem(problem.Source ?? string.Empty, problem.Line, problem.Column, problem.Problem));
    }

    /// <summary>Throws <paramref name="problem"/>, or keeps it when collecting.</summary>
    public void Report(JsonFormatException problem)
    {
        if (_problems is null)
        {
            throw problem;
        }

        _problems.Add(new FileProblem(problem.Source ?? string.Empty, problem.Line, problem.Column, problem.Problem));
    }
}

/// <summary>Finds every cycle of manager ids, where <see cref="Cohort"/> stops at the first.</summary>
internal static class ManagerCycles
{
    /// <summary>Each cycle once, reported at its member with the smallest id (ordinal) and starting there.</summary>
    public static IEnumerable<ParticipantValidationException> Find(IEnumerable<Participant> participants)
    {
        var byId = new Dictionary<string, Participant>(StringComparer.Ordinal);
        foreach (var p in participants)
        {
            byId.TryAdd(p.Id, p);
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in byId.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string>();
            var onPath = new HashSet<string>(StringComparer.Ordinal);
            string? current = start;
            while (current is not null && byId.ContainsKey(current) && !done.Contains(current) && onPath.Add(current))
            {
                path.Add(current);
                current = byId[current].ManagerId;
            }

            if (current is not null && onPath.Contains(current))
            {
                var cycle = path.Skip(path.IndexOf(current)).ToList();
                var first = cycle.Min(StringComparer.Ordinal)!;
                var at = cycle.IndexOf(first);
                var text = cycle.Skip(at).Concat(cycle.Take(at)).Append(first);
                yield return new ParticipantValidationException(first, "manager_id", $"forms a cycle of manager ids: {string.Join(" -> ", text)}.");
            }

            done.UnionWith(path);
        }
    }
}
