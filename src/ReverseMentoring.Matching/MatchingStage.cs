namespace ReverseMentoring.Matching;

/// <summary>A stage of <see cref="MatchingEngine"/>'s pipeline, reported to a progress sink as it starts.</summary>
public enum MatchingStage
{
    /// <summary>Applying the eligibility rules to every mentor–mentee pair.</summary>
    Rules,

    /// <summary>Scoring every allowed pair.</summary>
    Scoring,

    /// <summary>Choosing the pairs.</summary>
    Solving,

    /// <summary>Explaining who stays unmatched and why.</summary>
    Explaining,
}
