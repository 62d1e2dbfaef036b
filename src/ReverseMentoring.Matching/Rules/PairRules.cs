using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>The catalog of built-in rules.</summary>
public static class PairRules
{
    /// <summary>
    /// Excludes a pair when the mentor is in the mentee's management chain or the other way round,
    /// directly or indirectly, following manager ids through the cohort. Name: <c>reporting line</c>.
    /// </summary>
    public static PairRule ReportingLine { get; } = new ReportingLineRule();

    /// <summary>Excludes a pair unless the mentor's seniority is strictly below the mentee's. Name: <c>seniority</c>.</summary>
    public static PairRule Seniority { get; } = new SeniorityRule();

    /// <summary>When both sides list languages, excludes a pair that shares none. Name: <c>language</c>.</summary>
    public static PairRule LanguageOverlap { get; } = new LanguageOverlapRule();

    /// <summary>Excludes a pair from the same department (when both are known). Name: <c>same department</c>.</summary>
    /// <remarks>Not in <see cref="Defaults"/>: network reach already rewards meeting another department.</remarks>
    public static PairRule SameDepartment { get; } = new SameDepartmentRule();

    /// <summary>The rules applied when none are given: reporting line, then seniority.</summary>
    public static IReadOnlyList<PairRule> Defaults { get; } = [ReportingLine, Seniority];

    /// <summary>When both sides give a UTC offset, excludes a pair more than <paramref name="maxHours"/> apart. Name: <c>time zone</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxHours"/> is negative or NaN.</exception>
    public static PairRule TimeZoneWindow(double maxHours) => new TimeZoneWindowRule(maxHours);

    /// <summary>Excludes the listed pairs. Name: <c>forbidden</c>.</summary>
    public static PairRule Forbidden(IEnumerable<ParticipantPair> pairs) =>
        new PairListRule("forbidden", "forbidden", pairs);

    /// <summary>Excludes pairs made in earlier cohorts, so that nobody is paired with the same person again. Name: <c>history</c>.</summary>
    public static PairRule History(IEnumerable<ParticipantPair> pastPairs) =>
        new PairListRule("history", "paired in an earlier cohort", pastPairs);
}
