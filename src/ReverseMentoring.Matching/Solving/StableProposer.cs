namespace ReverseMentoring.Matching.Solving;

/// <summary>Which side proposes in stable matching; the proposing side gets its best stable partners.</summary>
public enum StableProposer
{
    /// <summary>Mentees propose: the result is the best stable pairing for every mentee.</summary>
    Mentees,

    /// <summary>Mentors propose: the result is the best stable pairing for every mentor.</summary>
    Mentors,
}
