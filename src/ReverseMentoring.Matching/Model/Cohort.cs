namespace ReverseMentoring.Matching.Model;

/// <summary>
/// A validated set of participants for one round of a program: ids unique, manager ids free of cycles.
/// Mentors and mentees are kept sorted by id (ordinal), which makes every later stage independent of
/// the order the participants were given in.
/// </summary>
public sealed class Cohort
{
    private readonly Dictionary<string, Participant> _byId;

    /// <summary>Validates the participants and builds the cohort.</summary>
    /// <exception cref="ParticipantValidationException">An id is used twice, or manager ids form a cycle.</exception>
    public Cohort(IEnumerable<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        _byId = new Dictionary<string, Participant>(StringComparer.Ordinal);
        foreach (var participant in participants)
        {
            ArgumentNullException.ThrowIfNull(participant, nameof(participants));
            if (!_byId.TryAdd(participant.Id, participant))
            {
                throw new ParticipantValidationException(participant.Id, "id", ValidationText.Format("IdUsedTwice"));
            }
        }

        Mentors = Sorted(ParticipantRole.Mentor);
        Mentees = Sorted(ParticipantRole.Mentee);
        ThrowOnManagerCycle();
    }

    /// <summary>The mentors, sorted by id (ordinal).</summary>
    public IReadOnlyList<Participant> Mentors { get; }

    /// <summary>The mentees, sorted by id (ordinal).</summary>
    public IReadOnlyList<Participant> Mentees { get; }

    /// <summary>Finds a participant by id.</summary>
    public bool TryGet(string id, out Participant participant) =>
        _byId.TryGetValue(id, out participant!);

    /// <summary>
    /// Whether <paramref name="manager"/> is above <paramref name="report"/> in the management chain,
    /// directly or indirectly, following manager ids through the participants of this cohort.
    /// </summary>
    public bool Manages(Participant manager, Participant report)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(report);
        for (var boss = report.ManagerId; boss is not null; boss = NextManager(boss))
        {
            if (boss == manager.Id)
            {
                return true;
            }
        }

        return false;
    }

    private string? NextManager(string id) => _byId.TryGetValue(id, out var p) ? p.ManagerId : null;

    private Participant[] Sorted(ParticipantRole role) =>
        [.. _byId.Values.Where(p => p.Role == role).OrderBy(p => p.Id, StringComparer.Ordinal)];

    private void ThrowOnManagerCycle()
    {
        if (ManagerCycles.Find(_byId.Values).FirstOrDefault() is { } cycle)
        {
            throw cycle;
        }
    }
}
