namespace ReverseMentoring.Matching.Diagnostics;

/// <summary>The stages of a matching run, in the order they run.</summary>
public enum MatchingStage
{
    /// <summary>The participants are checked and built into a cohort (ids unique, no cycle of manager ids).</summary>
    Validate,

    /// <summary>The eligibility rules decide which pairs are allowed; pinned pairs are checked against them.</summary>
    Rules,

    /// <summary>The scorer scores every allowed pair into the score matrix.</summary>
    Scoring,

    /// <summary>The solver chooses the pairs.</summary>
    Solving,

    /// <summary>The pairing is assembled with breakdowns and the reasons why anyone is unmatched.</summary>
    Explaining,

    /// <summary>The run is over and the pairing is ready; reported once, last.</summary>
    Completed,
}
