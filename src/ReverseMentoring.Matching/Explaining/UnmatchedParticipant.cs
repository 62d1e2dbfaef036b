using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Explaining;

/// <summary>Someone left without a partner, and why.</summary>
public sealed class UnmatchedParticipant
{
    internal UnmatchedParticipant(string id, ParticipantRole role, string reason, int allowedCandidates, IReadOnlyDictionary<string, int> exclusions)
    {
        Id = id;
        Role = role;
        Reason = reason;
        AllowedCandidates = allowedCandidates;
        Exclusions = exclusions;
    }

    /// <summary>The participant's id.</summary>
    public string Id { get; }

    /// <summary>Mentor or mentee.</summary>
    public ParticipantRole Role { get; }

    /// <summary>A sentence an HR lead can read, for example "no allowed mentor: 3 excluded by reporting line, 5 excluded by seniority".</summary>
    public string Reason { get; }

    /// <summary>How many partners on the other side the rules allowed.</summary>
    public int AllowedCandidates { get; }

    /// <summary>How many candidates each rule removed, by rule name (each excluded candidate counted once, under the first rule that excluded it).</summary>
    public IReadOnlyDictionary<string, int> Exclusions { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Reason}";
}
