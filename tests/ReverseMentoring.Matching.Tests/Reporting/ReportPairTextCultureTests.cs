using System.Globalization;
using System.Text.RegularExpressions;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Reporting;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Reporting;

/// <summary>
/// The per-pair texts (why, first-meeting agenda, what the two do not share, component names) and the unmatched
/// reasons follow the report's language, while the library's <see cref="Pairing"/> and its JSON stay English.
/// </summary>
public sealed partial class ReportPairTextCultureTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");

    // English phrases of the per-pair texts and reasons; none may remain in a Spanish report.
    private static readonly string[] EnglishPhrases =
    [
        "Teaches ", "gets back", "different department", "different location", "Introductions:", "Commitments:",
        " teaches ", " gives back on ", "picks one thing", "do not share", "department (", "location (", " vs ",
        "no allowed mentor", "excluded by reporting line", "paired with others", "SkillGap", "NetworkReach", "Reciprocal",
    ];

    private static (Participant[] People, Pairing Pairing) Matched() => ReportCohort.Matched();

    private static string Markdown(CultureInfo? culture)
    {
        var (people, pairing) = Matched();
        using var writer = new StringWriter();
        PairingReport.Create(people, pairing).WriteMarkdown(writer, culture);
        return writer.ToString();
    }

    private static string Html(CultureInfo? culture)
    {
        var (people, pairing) = Matched();
        using var writer = new StringWriter();
        PairingReport.Create(people, pairing).WriteHtml(writer, culture);
        return writer.ToString();
    }

    [Fact]
    public void Spanish_report_words_the_why_the_agenda_and_the_components_in_Spanish()
    {
        var markdown = Markdown(Spanish);

        Assert.Contains(
            "Enseña Technology (5 frente a 1) y SocialMedia (4 frente a 2); recibe a cambio Leadership (4 frente a 0); distinto departamento.",
            markdown, StringComparison.Ordinal);
        Assert.Contains("Enseña Trends (5 frente a 0).", markdown, StringComparison.Ordinal);
        Assert.Contains("Presentaciones: qué hace cada uno en su día a día; no comparten departamento (IT frente a Finance).", markdown, StringComparison.Ordinal);
        Assert.Contains("Ana enseña Technology y SocialMedia: Exec One elige una cosa", markdown, StringComparison.Ordinal);
        Assert.Contains("Exec One aporta a cambio en Leadership: un consejo o un contacto para Ana.", markdown, StringComparison.Ordinal);
        Assert.Contains("Compromisos:", markdown, StringComparison.Ordinal);
        Assert.Contains("Brecha de habilidades 0.400", markdown, StringComparison.Ordinal);
        Assert.Contains("Alcance de red 0.075", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Spanish_report_gives_the_unmatched_reason_in_Spanish()
    {
        // HtmlEncode writes ú as &#250;: compare the decoded page.
        var html = System.Net.WebUtility.HtmlDecode(Html(Spanish));

        Assert.Contains("ningún mentor permitido: 2 excluidos por línea jerárquica", html, StringComparison.Ordinal);
        Assert.Contains("ningún mentor permitido: 2 excluidos por línea jerárquica", Markdown(Spanish), StringComparison.Ordinal);
    }

    [Fact]
    public void Spanish_reports_keep_no_English_phrase_of_the_pair_texts_or_reasons()
    {
        foreach (var report in new[] { Markdown(Spanish), System.Net.WebUtility.HtmlDecode(Html(Spanish)) })
        {
            Assert.All(EnglishPhrases, phrase => Assert.DoesNotContain(phrase, report, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void English_report_keeps_the_English_texts()
    {
        var markdown = Markdown(null);

        Assert.Contains("Teaches Technology (5 vs 1) and SocialMedia (4 vs 2); gets back Leadership (4 vs 0); different department.", markdown, StringComparison.Ordinal);
        Assert.Contains("Introductions: what each of you does day to day; you do not share department (IT vs Finance).", markdown, StringComparison.Ordinal);
        Assert.Contains("SkillGap 0.400", markdown, StringComparison.Ordinal);
        Assert.Contains("no allowed mentor: 2 excluded by reporting line", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pairing_and_its_json_stay_English_whatever_the_UI_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Spanish;
            var (_, pairing) = Matched();
            var reason = Assert.Single(pairing.UnmatchedMentees).Reason;

            Assert.Equal("no allowed mentor: 2 excluded by reporting line", reason);
            Assert.Contains("\"no allowed mentor: 2 excluded by reporting line\"", PairingJson.Serialize(pairing), StringComparison.Ordinal);
            Assert.DoesNotContain("Enseña", Markdown(null), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void ReasonIn_words_the_reason_in_a_language_and_English_for_others()
    {
        var (_, pairing) = Matched();
        var unmatched = Assert.Single(pairing.UnmatchedMentees);

        Assert.Equal("ningún mentor permitido: 2 excluidos por línea jerárquica", unmatched.ReasonIn(Spanish));
        Assert.Equal(unmatched.ReasonIn(Spanish), unmatched.ReasonIn(CultureInfo.GetCultureInfo("es-MX")));
        Assert.Equal(unmatched.Reason, unmatched.ReasonIn(null));
        Assert.Equal(unmatched.Reason, unmatched.ReasonIn(CultureInfo.GetCultureInfo("fr")));
    }

    /// <summary>The English reason words each built-in rule as the rule's own <see cref="PairRule.ExclusionReason"/> does, one or many.</summary>
    [Theory]
    [MemberData(nameof(BuiltInRules.Names), MemberType = typeof(BuiltInRules))]
    public void English_exclusions_of_built_in_rules_are_the_rules_own_words(string name)
    {
        var rule = BuiltInRules.ByName(name);
        var (kind, hours) = Exclusion.KindOf(rule);
        Assert.NotEqual(ExclusionKind.Custom, kind);
        foreach (var count in new[] { 1, 3 })
        {
            var cause = new UnmatchedCause(UnmatchedSituation.NoneAllowed, ParticipantRole.Mentor, 0, [new Exclusion(kind, count, rule.ExclusionReason, hours)]);

            Assert.Equal($"no allowed mentor: {count} {rule.ExclusionReason}", cause.Format(null));
            Assert.DoesNotContain(rule.ExclusionReason, cause.Format(Spanish), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_custom_rule_keeps_its_own_words_in_every_language()
    {
        var cause = new UnmatchedCause(
            UnmatchedSituation.PairedWithOthers, ParticipantRole.Mentee, 4,
            [new Exclusion(ExclusionKind.Custom, 2, "on another floor"), new Exclusion(ExclusionKind.MinimumScore, 1)]);

        Assert.Equal("all 4 allowed mentees were paired with others (2 on another floor, 1 below the minimum score)", cause.Format(null));
        Assert.Equal(
            "los 4 directivos permitidos se emparejaron con otras personas (2 on another floor, 1 por debajo de la puntuación mínima)",
            cause.Format(Spanish));
    }

    [Fact]
    public void Spanish_reason_resources_have_the_English_keys_and_placeholders()
    {
        var english = ReportCultureTests.ResxAt("src/ReverseMentoring.Matching/Explaining/ReasonStrings.resx");
        var spanish = ReportCultureTests.ResxAt("src/ReverseMentoring.Matching/Explaining/ReasonStrings.es.resx");

        ReportCultureTests.AssertSameKeysAndPlaceholders(english, spanish);
    }

    [Fact]
    public void Numbers_of_the_pair_texts_stay_invariant_in_Spanish()
    {
        var people = ReportCohort.People();
        people[0] = new("ana", ParticipantRole.Mentor, name: "Ana", department: "IT", managerId: "m3", seniority: 1, location: "London",
            utcOffset: 5.5, skills: new Dictionary<string, double> { [SkillAreas.Technology] = 4.5 }, goals: new Dictionary<string, double> { ["Leadership"] = 1 });
        var pairing = new MatchingEngine().Match(people);
        using var writer = new StringWriter();
        PairingReport.Create(people, pairing).WriteMarkdown(writer, Spanish);
        var markdown = writer.ToString();

        Assert.Contains("4.5 frente a 1", markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(Comma(), markdown);
    }

    // A decimal comma between digits ("4,5", "0,400") would mean the machine's or Spanish number format leaked.
    [GeneratedRegex(@"\d,\d")]
    private static partial Regex Comma();
}
