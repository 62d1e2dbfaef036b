using System.Globalization;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>
/// One sentence of a why-not answer or a broken pair, as data: a key of ExploringStrings.resx (English, the library's
/// <see cref="WhyNotResult.Reason"/> and <see cref="BrokenPair.Explanation"/>) or its translations, and what fills its
/// placeholders. <see cref="Format"/> words it in a language, so every language words the same facts in one place.
/// </summary>
internal sealed class ExplorationText
{
    private static readonly TextTable Table = new("ReverseMentoring.Matching.Exploring.ExploringStrings");

    private readonly string _key;
    private readonly object[] _args;

    private ExplorationText(string key, object[] args)
    {
        _key = key;
        _args = args;
    }

    /// <summary>The text of <paramref name="key"/>; an argument that is itself an <see cref="ExplorationText"/> is worded in the same language.</summary>
    public static ExplorationText Of(string key, params object[] args) => new(key, args);

    /// <summary>"the rule 'reporting line' excludes it (excluded by reporting line)": a built-in rule's reason translated, a custom rule's as it is.</summary>
    public static ExplorationText RuleExcludes(PairRule rule) => Of("RuleExcludes", rule.Name, ReasonOf(rule));

    /// <summary>
    /// An exception message of the explorer in the current UI culture's language (English when it has no translation),
    /// the .NET convention the input messages follow; placeholders are filled in invariantly.
    /// </summary>
    public static string ForUiCulture(string key, params object?[] args) => Table.FormatForUiCulture(key, args);

    /// <summary>
    /// The sentence in <paramref name="culture"/>'s language (null or an untranslated language: English). Numbers are
    /// filled in invariantly; ids and rule names stay as given.
    /// </summary>
    public string Format(CultureInfo? culture)
    {
        var args = _args.Select(a => a is ExplorationText inner ? inner.Format(culture) : a).ToArray();
        return Table.Format(TextLanguages.Resolve(culture), _key, args);
    }

    /// <summary>The rule's <see cref="PairRule.ExclusionReason"/> as a text: the built-in reasons have translations.</summary>
    private static ExplorationText ReasonOf(PairRule rule)
    {
        var (kind, hours) = Exclusion.KindOf(rule);
        var key = kind switch
        {
            ExclusionKind.ReportingLine => "RuleReportingLine",
            ExclusionKind.Seniority => "RuleSeniority",
            ExclusionKind.Language => "RuleLanguage",
            ExclusionKind.SameDepartment => "RuleSameDepartment",
            ExclusionKind.TimeZone => hours == 1 ? "RuleTimeZoneOne" : "RuleTimeZoneOther",
            ExclusionKind.Forbidden => "RuleForbidden",
            ExclusionKind.History => "RuleHistory",
            _ => null,
        };
        var text = key is null ? null : Of(key, hours.ToString(CultureInfo.InvariantCulture));

        // A caller's pair list may reuse the name "forbidden" with a reason of its own: that reason is shown as it is.
        return text is not null && text.Format(null) == rule.ExclusionReason ? text : Of("Verbatim", rule.ExclusionReason);
    }
}
