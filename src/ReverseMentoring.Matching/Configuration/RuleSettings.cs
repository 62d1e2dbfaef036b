using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;

namespace ReverseMentoring.Matching.Configuration;

/// <summary>Which built-in rules a run applies, and their settings. Every property has a documented default.</summary>
public sealed record RuleSettings
{
    private readonly IReadOnlyList<ParticipantPair> _forbiddenPairs = [];
    private readonly IReadOnlyList<ParticipantPair> _historyPairs = [];

    /// <summary>Nobody is paired within their own management chain (<see cref="PairRules.ReportingLine"/>). Default true.</summary>
    public bool ReportingLine { get; init; } = true;

    /// <summary>The mentor must be less senior than the mentee (<see cref="PairRules.Seniority"/>). Default true.</summary>
    public bool Seniority { get; init; } = true;

    /// <summary>Pairs must share a language when both list some (<see cref="PairRules.LanguageOverlap"/>). Default false.</summary>
    public bool LanguageOverlap { get; init; }

    /// <summary>At most this many hours between UTC offsets (<see cref="PairRules.TimeZoneWindow"/>). Default null: no limit.</summary>
    public double? TimeZoneWindowHours { get; init; }

    /// <summary>Pairs from the same department are excluded (<see cref="PairRules.SameDepartment"/>). Default false.</summary>
    public bool SameDepartment { get; init; }

    /// <summary>Pairs that must not be made (<see cref="PairRules.Forbidden"/>). Default none.</summary>
    public IReadOnlyList<ParticipantPair> ForbiddenPairs
    {
        get => _forbiddenPairs;
        init => _forbiddenPairs = Freeze(value);
    }

    /// <summary>Pairs of earlier cohorts, not to be repeated (<see cref="PairRules.History"/>). Default none.</summary>
    public IReadOnlyList<ParticipantPair> HistoryPairs
    {
        get => _historyPairs;
        init => _historyPairs = Freeze(value);
    }

    /// <summary>
    /// The rules, in this order: reporting line, seniority, language, time zone, same department, forbidden, history
    /// (each only when switched on or, for the pair lists, not empty). The order is the order of exclusion reasons.
    /// </summary>
    /// <exception cref="MatchingInputException">The time-zone window is negative or not a number.</exception>
    public IReadOnlyList<PairRule> ToRules()
    {
        var rules = new List<PairRule>();
        if (ReportingLine)
        {
            rules.Add(PairRules.ReportingLine);
        }

        if (Seniority)
        {
            rules.Add(PairRules.Seniority);
        }

        if (LanguageOverlap)
        {
            rules.Add(PairRules.LanguageOverlap);
        }

        if (TimeZoneWindowHours is { } hours)
        {
            if (!(hours >= 0) || double.IsInfinity(hours))
            {
                throw new MatchingInputException(ConfigText.Format("TimeZoneWindow", hours.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            rules.Add(PairRules.TimeZoneWindow(hours));
        }

        if (SameDepartment)
        {
            rules.Add(PairRules.SameDepartment);
        }

        if (ForbiddenPairs.Count > 0)
        {
            rules.Add(PairRules.Forbidden(ForbiddenPairs));
        }

        if (HistoryPairs.Count > 0)
        {
            rules.Add(PairRules.History(HistoryPairs));
        }

        return rules.AsReadOnly();
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<ParticipantPair> Freeze(IReadOnlyList<ParticipantPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return pairs.ToArray().AsReadOnly();
    }
}
