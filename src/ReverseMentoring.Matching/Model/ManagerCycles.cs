namespace ReverseMentoring.Matching.Model;

/// <summary>
/// Finds every cycle of manager ids. The one place that decides how a cycle is reported: <see cref="Cohort"/> throws the
/// first, the file readers' validation lists them all, so both name the same person.
/// </summary>
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
                yield return new ParticipantValidationException(first, "manager_id", ValidationText.Format("ManagerCycle", string.Join(" -> ", text)));
            }

            done.UnionWith(path);
        }
    }
}
