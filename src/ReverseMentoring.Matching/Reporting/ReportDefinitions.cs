namespace ReverseMentoring.Matching.Reporting;

/// <summary>The explanations both report formats print next to their numbers, so the two never disagree.</summary>
internal static class ReportDefinitions
{
    public const string Histogram =
        "How many pairs scored in each band of width 0.1. Scores are in [0, 1]; higher means a larger skill gap the "
        + "mentor can close, more given back, and more new network.";

    public const string CoverageIntro =
        "For each skill area the mentees want to learn, the learning need before pairing and the part of it the assigned mentors cover.";

    public const string CoverageNeed =
        "Need (before) = Σ over mentees of goal × (5 − mentee level) / 5: a mentee at level 0 who wants the area most (goal 1) "
        + "adds 1.00, a mentee already at level 5 adds nothing.";

    public const string CoverageCovered =
        "Covered = Σ over mentees of goal × max(0, mentor level − mentee level) / 5, using the most skilled of the mentee's "
        + "mentors in that area: a mentor can lift a mentee only to the mentor's own level. Unmatched mentees add need and no cover.";

    public const string CoverageRemaining = "Need after = need − covered: what no assigned mentor can teach.";

    public const string DepartmentMix =
        "Pairs by the mentor's department (rows) and the mentee's department (columns). Pairs off the same-department cells "
        + "connect people outside their usual circle.";

    public const string Why =
        "Why: the mentee's goals the mentor is ahead on (mentor level vs mentee level), what the executive gives back on the "
        + "junior's goals, and whether the two come from different departments or locations.";
}
