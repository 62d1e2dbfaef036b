using System.Globalization;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;

namespace ReverseMentoring.Matching.Explaining;

/// <summary>Where an unmatched participant's candidates went, as <see cref="UnmatchedCause"/> tells it.</summary>
internal enum UnmatchedSituation
{
    /// <summary>The other side of the cohort is empty.</summary>
    NoOthers,

    /// <summary>Rules, the minimum score or quality first removed every candidate.</summary>
    NoneAllowed,

    /// <summary>A time limit stopped the solver with allowed candidates left.</summary>
    TimeLimit,

    /// <summary>Every allowed candidate was paired with someone else.</summary>
    PairedWithOthers,
}

/// <summary>What removed some candidates: a built-in rule, the minimum score, quality first, or a rule of the caller's.</summary>
internal enum ExclusionKind
{
    ReportingLine,
    Seniority,
    Language,
    SameDepartment,
    TimeZone,
    Forbidden,
    History,
    MinimumScore,
    NoValue,
    Custom,
}

/// <summary>How many candidates one cause removed.</summary>
/// <param name="Kind">The cause.</param>
/// <param name="Count">How many candidates, at least 1.</param>
/// <param name="Text">For <see cref="ExclusionKind.Custom"/>: the rule's own <see cref="PairRule.ExclusionReason"/>, shown as it is.</param>
/// <param name="Hours">For <see cref="ExclusionKind.TimeZone"/>: the window in hours.</param>
internal readonly record struct Exclusion(ExclusionKind Kind, int Count, string Text = "", double Hours = 0)
{
    /// <summary>The kind of a rule: the built-in rules by their type (a caller's rule may reuse a built-in name), others custom.</summary>
    public static (ExclusionKind Kind, double Hours) KindOf(PairRule rule) => rule switch
    {
        ReportingLineRule => (ExclusionKind.ReportingLine, 0),
        SeniorityRule => (ExclusionKind.Seniority, 0),
        LanguageOverlapRule => (ExclusionKind.Language, 0),
        SameDepartmentRule => (ExclusionKind.SameDepartment, 0),
        TimeZoneWindowRule t => (ExclusionKind.TimeZone, t.MaxHours),
        PairListRule { Name: "forbidden" } => (ExclusionKind.Forbidden, 0),
        PairListRule { Name: "history" } => (ExclusionKind.History, 0),
        _ => (ExclusionKind.Custom, 0),
    };
}

/// <summary>
/// Why one participant is unmatched, as data: the situation and the count per cause. <see cref="Format"/> words it in
/// a language from ReasonStrings.resx (English, the library's <see cref="UnmatchedParticipant.Reason"/>) and its
/// translations (the reports), so every language words the same facts in one place.
/// </summary>
internal sealed class UnmatchedCause
{
    private static readonly TextTable Table = new("ReverseMentoring.Matching.Explaining.ReasonStrings");

    public UnmatchedCause(UnmatchedSituation situation, ParticipantRole otherSide, int allowed, IReadOnlyList<Exclusion> exclusions)
    {
        Situation = situation;
        OtherSide = otherSide;
        Allowed = allowed;
        Exclusions = exclusions;
    }

    public UnmatchedSituation Situation { get; }

    /// <summary>The side the candidates are on: mentors for an unmatched mentee.</summary>
    public ParticipantRole OtherSide { get; }

    /// <summary>How many candidates the rules, the minimum score and quality first allowed.</summary>
    public int Allowed { get; }

    /// <summary>The causes that removed candidates, in the rules' order, then the minimum score, then quality first.</summary>
    public IReadOnlyList<Exclusion> Exclusions { get; }

    /// <summary>
    /// The sentence in <paramref name="culture"/>'s language (null or an untranslated language: English), for
    /// example "no allowed mentor: 3 excluded by reporting line, 5 excluded by seniority". Numbers are invariant.
    /// </summary>
    public string Format(CultureInfo? culture)
    {
        var language = TextLanguages.Resolve(culture);
        string Text(string key) => Table.Get(key, language);
        string Fill(string key, params object[] args) => Table.Format(language, key, args);

        var mentor = OtherSide == ParticipantRole.Mentor;
        var detail = string.Join(", ", Exclusions.Select(x => Detail(x, Fill)));
        string WithDetail(string sentence) => detail.Length > 0 ? Fill("WithDetail", sentence, detail) : sentence;
        return Situation switch
        {
            UnmatchedSituation.NoOthers => Text(mentor ? "NoMentors" : "NoMentees"),
            UnmatchedSituation.NoneAllowed => Fill(mentor ? "NoAllowedMentor" : "NoAllowedMentee", detail),
            UnmatchedSituation.TimeLimit => WithDetail(Allowed == 1
                ? Text(mentor ? "TimeLimitOnlyMentor" : "TimeLimitOnlyMentee")
                : Fill(mentor ? "TimeLimitAnyMentor" : "TimeLimitAnyMentee", Int(Allowed))),
            _ => WithDetail(Allowed == 1
                ? Text(mentor ? "PairedOnlyMentor" : "PairedOnlyMentee")
                : Fill(mentor ? "PairedAllMentors" : "PairedAllMentees", Int(Allowed))),
        };
    }

    private static string Detail(Exclusion x, Func<string, object[], string> fill)
    {
        var count = Int(x.Count);
        var number = x.Count == 1 ? "One" : "Other";
        return x.Kind switch
        {
            ExclusionKind.Custom => fill("CustomRule", [count, x.Text]),
            ExclusionKind.TimeZone => fill("TimeZone" + number, [count, fill(x.Hours == 1 ? "HourOne" : "HourOther", [x.Hours.ToString(CultureInfo.InvariantCulture)])]),
            _ => fill(x.Kind + number, [count]),
        };
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
