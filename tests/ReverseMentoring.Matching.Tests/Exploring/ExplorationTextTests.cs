using System.Globalization;
using System.Text.RegularExpressions;
using ReverseMentoring.Matching.Exploring;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Tests.Cli;
using ReverseMentoring.Matching.Tests.Reporting;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Exploring;

/// <summary>
/// The why-not and re-match sentences come from Exploring/ExploringStrings.resx: English is the library's data (the
/// JSON), Spanish has the same keys and placeholders, and a built-in rule's reason reads as the rule itself says it.
/// </summary>
public sealed partial class ExplorationTextTests
{
    private const string Table = "src/ReverseMentoring.Matching/Exploring/ExploringStrings";

    private static readonly ParticipantPair[] Pairs = [new("e", "m")];

    [Fact]
    public void Spanish_resources_have_the_English_keys_and_placeholders_and_are_valid_formats()
    {
        var english = ReportCultureTests.ResxAt(Table + ".resx");
        var spanish = ReportCultureTests.ResxAt(Table + ".es.resx");

        ReportCultureTests.AssertSameKeysAndPlaceholders(english, spanish);
        ReportCultureTests.AssertCompositeFormats(english);
        ReportCultureTests.AssertCompositeFormats(spanish);
    }

    /// <summary>Each key the folder's code names is in the table, and each key of the table is named by the code.</summary>
    [Fact]
    public void Every_key_used_is_in_the_table_and_every_key_is_used()
    {
        var keys = ReportCultureTests.ResxAt(Table + ".resx").Keys.ToHashSet(StringComparer.Ordinal);
        var code = string.Concat(Directory.EnumerateFiles(RepositoryFiles.PathOf("src/ReverseMentoring.Matching/Exploring"), "*.cs").Select(File.ReadAllText));
        var asked = AskedKey().Matches(code).SelectMany(m => m.Groups["key"].Captures.Select(c => c.Value)).ToHashSet(StringComparer.Ordinal);

        Assert.True(asked.Count >= keys.Count / 2, $"only {asked.Count} keys found: the pattern no longer matches the code");
        Assert.All(asked, key => Assert.Contains(key, keys));
        Assert.All(keys, key => Assert.Contains($"\"{key}\"", code, StringComparison.Ordinal));
    }

    [Fact]
    public void Exception_messages_follow_the_UI_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
            var spanish = ExplorationText.ForUiCulture("NoMentorWithId", "x");
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var english = ExplorationText.ForUiCulture("NoMentorWithId", "x");

            Assert.Equal(("Ningún mentor de la cohorte tiene el id 'x'.", "No mentor of the cohort has the id 'x'."), (spanish, english));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [MemberData(nameof(BuiltInRules.Names), MemberType = typeof(BuiltInRules))]
    public void A_built_in_rule_reads_in_English_as_its_own_reason_and_in_Spanish_translated(string name)
    {
        var rule = BuiltInRules.ByName(name);
        var text = ExplorationText.RuleExcludes(rule);

        Assert.Equal($"the rule '{rule.Name}' excludes it ({rule.ExclusionReason})", text.Format(null));
        Assert.Equal(text.Format(null), text.Format(CultureInfo.GetCultureInfo("fr")));
        var spanish = text.Format(CultureInfo.GetCultureInfo("es-MX"));
        Assert.StartsWith($"la regla '{rule.Name}' la excluye (", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain($"({rule.ExclusionReason})", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_of_the_callers_keeps_its_own_reason_even_under_a_built_in_name()
    {
        var own = new PairListRule("forbidden", "vetoed by the steering group", Pairs);

        var spanish = ExplorationText.RuleExcludes(own).Format(CultureInfo.GetCultureInfo("es"));

        Assert.Equal("la regla 'forbidden' la excluye (vetoed by the steering group)", spanish);
    }

    [Fact]
    public void A_sentence_keeps_its_numbers_invariant_in_Spanish()
    {
        var text = ExplorationText.Of("Outweighed", 0.25.ToString("0.###", CultureInfo.InvariantCulture));

        Assert.Equal("changing it gains more than the disruption penalty 0.25 per broken pair, or pairs more people", text.Format(null));
        Assert.Equal("cambiarla gana más que la penalización por cambio 0.25 por pareja rota, o empareja a más personas", text.Format(CultureInfo.GetCultureInfo("es")));
    }

    // The keys of ExplorationText.Of / ForUiCulture calls and of RequireTotalObjective, including both sides of a ternary.
    [GeneratedRegex(@"(?:ExplorationText\.(?:Of|ForUiCulture)|RequireTotalObjective)\(\s*(?:[^,""()]*\?\s*)?""(?<key>\w+)""(?:\s*[:,]\s*""(?<key>\w+)"")?")]
    private static partial Regex AskedKey();
}
