namespace ReverseMentoring.Matching.Rules;

/// <summary>The catalog of built-in rules.</summary>
public static class PairRules
{
    /// <summary>
    /// Excludes a pair when the mentor is in the mentee's management chain or the other way round,
    /// directly or indirectly, following manager ids through the cohort.
    /// </summary>
    public static PairRule ReportingLine { get; } = new ReportingLineRule();

    /// <summary>Excludes a pair unless the mentor's seniority level is strictly below the mentee's.</summary>
    public static PairRule MentorMoreJunior { get; } = new MentorMoreJuniorRule();

    /// <summary>The rules applied when none are given: reporting line, then seniority.</summary>
    public static IReadOnlyList<PairRule> Defaults { get; } = [ReportingLine, MentorMoreJunior];
}
