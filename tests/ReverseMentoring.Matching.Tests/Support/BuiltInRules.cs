using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>
/// Every built-in rule by a test name (time-zone windows of whole and fractional hours), for theories about how each
/// is worded.
/// </summary>
public static class BuiltInRules
{
    private static readonly ParticipantPair[] Pairs = [new("e", "m")];

    public static TheoryData<string> Names => new()
    {
        "reporting line", "seniority", "language", "same department", "time zone 1", "time zone 2.5", "forbidden", "history",
    };

    public static PairRule ByName(string name) => name switch
    {
        "reporting line" => PairRules.ReportingLine,
        "seniority" => PairRules.Seniority,
        "language" => PairRules.LanguageOverlap,
        "same department" => PairRules.SameDepartment,
        "time zone 1" => PairRules.TimeZoneWindow(1),
        "time zone 2.5" => PairRules.TimeZoneWindow(2.5),
        "forbidden" => PairRules.Forbidden(Pairs),
        _ => PairRules.History(Pairs),
    };
}
