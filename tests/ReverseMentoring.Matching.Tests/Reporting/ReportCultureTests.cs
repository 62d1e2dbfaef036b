using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReverseMentoring.Matching.Reporting;
using ReverseMentoring.Matching.Tests.Cli;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Reporting;

public sealed partial class ReportCultureTests
{
    private static readonly string[] EnglishHeadings =
        ["Reverse-mentoring pairing report", "Summary", "Score distribution", "Skill-gap coverage", "Department mix", "Pairs", "Unmatched"];

    private static Dictionary<string, string> Resx(string file) => ResxAt($"src/ReverseMentoring.Matching/Reporting/{file}");

    /// <summary>The keys and values of a resx file, by its path from the repository root.</summary>
    internal static Dictionary<string, string> ResxAt(string path) =>
        XDocument.Load(RepositoryFiles.PathOf(path))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    /// <summary>A translation has exactly the neutral file's keys, no empty value, and per key the same placeholders.</summary>
    internal static void AssertSameKeysAndPlaceholders(Dictionary<string, string> english, Dictionary<string, string> translated)
    {
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
        Assert.All(translated, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
        Assert.All(english, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
        Assert.All(english, kv => Assert.True(
            Placeholder().Matches(kv.Value).Select(m => m.Value).Order(StringComparer.Ordinal)
                .SequenceEqual(Placeholder().Matches(translated[kv.Key]).Select(m => m.Value).Order(StringComparer.Ordinal)),
            $"{kv.Key}: the placeholders of '{translated[kv.Key]}' are not those of '{kv.Value}'"));
    }

    private static PairingReport Report()
    {
        var (people, pairing) = ReportCohort.Matched();
        return PairingReport.Create(people, pairing);
    }

    private static string Html(CultureInfo? culture)
    {
        using var writer = new StringWriter();
        Report().WriteHtml(writer, culture);
        return writer.ToString();
    }

    private static string Markdown(CultureInfo? culture)
    {
        using var writer = new StringWriter();
        Report().WriteMarkdown(writer, culture);
        return writer.ToString();
    }

    private static string[] Headings(string html) =>
        [.. XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]).Descendants()
            .Where(e => e.Name.LocalName is "h1" or "h2")
            .Select(e => e.Value)];

    [Fact]
    public void Spanish_resources_have_exactly_the_English_keys_and_no_empty_value()
    {
        var english = Resx("ReportStrings.resx");
        var spanish = Resx("ReportStrings.es.resx");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        Assert.All(spanish, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
        Assert.All(english, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
    }

    [Fact]
    public void Spanish_placeholders_are_those_of_the_English_text()
    {
        var english = Resx("ReportStrings.resx");
        var spanish = Resx("ReportStrings.es.resx");

        Assert.All(english, kv => Assert.Equal(
            Placeholder().Matches(kv.Value).Select(m => m.Value).Order(StringComparer.Ordinal),
            Placeholder().Matches(spanish[kv.Key]).Select(m => m.Value).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Spanish_html_report_has_Spanish_headings_and_no_English_heading()
    {
        var html = Html(CultureInfo.GetCultureInfo("es"));
        var headings = Headings(html);
        var spanish = Resx("ReportStrings.es.resx");

        Assert.Equal(
            [spanish["Title"], spanish["SummaryHeading"], spanish["DistributionHeading"], spanish["CoverageHeading"],
             spanish["DepartmentsHeading"], spanish["PairsHeading"], spanish["UnmatchedHeading"]],
            headings);
        Assert.Empty(headings.Intersect(EnglishHeadings, StringComparer.Ordinal));
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Sin emparejar", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Spanish_markdown_report_has_Spanish_headings()
    {
        var markdown = Markdown(CultureInfo.GetCultureInfo("es"));
        var headings = markdown.Split('\n').Where(l => l.StartsWith('#')).ToArray();

        Assert.Equal("# Informe de emparejamientos de mentoría inversa", headings[0]);
        Assert.Contains("## Parejas", headings);
        Assert.Empty(headings.Select(h => h.TrimStart('#', ' ')).Intersect(EnglishHeadings, StringComparer.Ordinal));
    }

    [Fact]
    public void Default_and_null_culture_write_English_whatever_the_current_UI_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        string english;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            using var writer = new StringWriter();
            Report().WriteHtml(writer);
            english = writer.ToString();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        Assert.Equal(EnglishHeadings, Headings(english));
        Assert.Equal(english, Html(null));
        Assert.Equal(english, Html(CultureInfo.GetCultureInfo("en")));
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regional_culture_writes_its_language_and_another_language_writes_English()
    {
        Assert.Equal(Html(CultureInfo.GetCultureInfo("es")), Html(CultureInfo.GetCultureInfo("es-MX")));
        Assert.Equal(Html(null), Html(CultureInfo.GetCultureInfo("fr")));
    }

    [Fact]
    public void Numbers_keep_the_invariant_format_in_Spanish()
    {
        var english = Markdown(null);
        var spanish = Markdown(CultureInfo.GetCultureInfo("es"));

        // The same numbers in the same order: only words change (0.538, not 0,538).
        Assert.Equal(Numbers(english), Numbers(spanish));
        Assert.Contains("0.538", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("0,538", spanish, StringComparison.Ordinal);
    }

    private static string[] Numbers(string text) =>
        [.. Decimal().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\d+\.\d+%?|\d+%")]
    private static partial Regex Decimal();
}
