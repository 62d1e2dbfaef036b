using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReverseMentoring.Matching.Configuration;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Tests.Cli;
using ReverseMentoring.Matching.Tests.Reporting;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

/// <summary>
/// The library's bad-input messages (readers, validation, config) come from resources in the current UI culture's
/// language, the .NET convention for exception messages: Spanish under es, English under the invariant culture.
/// </summary>
public sealed partial class InputMessageCultureTests
{
    // One resource pair per folder; the accessor class each folder's code calls.
    public static TheoryData<string, string> Tables => new()
    {
        { "src/ReverseMentoring.Matching/IO/InputStrings", "InputText" },
        { "src/ReverseMentoring.Matching/Model/ValidationStrings", "ValidationText" },
        { "src/ReverseMentoring.Matching/Configuration/ConfigStrings", "ConfigText" },
        { "src/ReverseMentoring.Matching/Solving/SolvingStrings", "SolvingText" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Spanish_resources_have_the_English_keys_and_placeholders_and_are_valid_formats(string table, string accessor)
    {
        _ = accessor;
        var english = ReportCultureTests.ResxAt(table + ".resx");
        var spanish = ReportCultureTests.ResxAt(table + ".es.resx");

        ReportCultureTests.AssertSameKeysAndPlaceholders(english, spanish);
        ReportCultureTests.AssertCompositeFormats(english);
        ReportCultureTests.AssertCompositeFormats(spanish);
    }

    /// <summary>Each key the folder's code asks for is in its table, and each key of the table is asked for.</summary>
    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_key_used_is_in_the_table_and_every_key_is_used(string table, string accessor)
    {
        var keys = ReportCultureTests.ResxAt(table + ".resx").Keys.ToHashSet(StringComparer.Ordinal);
        var folder = RepositoryFiles.PathOf(Path.GetDirectoryName(table)!);
        var used = Directory.EnumerateFiles(folder, "*.cs")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), accessor + UsedKeyPattern).SelectMany(m => m.Groups["key"].Captures.Select(c => c.Value)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(used.Count >= keys.Count / 2, $"only {used.Count} keys found: the pattern no longer matches the code");
        Assert.All(used, key => Assert.Contains(key, keys));
        Assert.All(keys, key => Assert.Contains(key, used));
    }

    [Fact]
    public void A_bad_csv_reads_in_Spanish_under_a_Spanish_UI_culture_and_in_English_under_the_invariant_culture()
    {
        const string csv = "id,role,seniority,skill:Technology\nana,mentor,high,3\nbo,mentee,2,7\ncy,mentee,1,1\ncy,mentor,1,1\n";

        var spanish = InUiCulture("es-MX", () => Problems(csv));
        var english = InUiCulture(string.Empty, () => Problems(csv));

        Assert.Equal(
            [
                "people.csv:2:3: La antigüedad es 'high', que no es un número; se esperaba un decimal como 0.75, -2 o 1.5e-3.",
                "people.csv:3:4: Participante 'bo': skill:Technology debe estar entre 0 y 5, pero era 7.",
                "people.csv:5:1: El id 'cy' ya se usa en la línea 4.",
            ],
            spanish);
        Assert.Equal(
            [
                "people.csv:2:3: The seniority is 'high', which is not a number; expected a decimal such as 0.75, -2 or 1.5e-3.",
                "people.csv:3:4: Participant 'bo': skill:Technology must be between 0 and 5, but was 7.",
                "people.csv:5:1: The id 'cy' is already used on line 4.",
            ],
            english);
    }

    [Fact]
    public void The_thrown_exception_message_follows_the_UI_culture_with_the_position_kept()
    {
        var bytes = Encoding.UTF8.GetBytes("id,role\nana,mentor\n").Concat(new byte[] { 0xFF, (byte)',', (byte)'m', (byte)'\n' }).ToArray();
        string Read() => Assert.ThrowsAny<FileFormatException>(
            () => ParticipantFile.Read(new MemoryStream(bytes), "people.csv", ParticipantFileFormat.Csv)).Message;

        Assert.Equal("people.csv:3:1: El archivo no es UTF-8 válido: byte 0xFF en el carácter 1 de la línea; guárdelo como UTF-8.", InUiCulture("es", Read));
        Assert.Equal("people.csv:3:1: The file is not valid UTF-8: byte 0xFF at character 1 of the line; save it as UTF-8.", InUiCulture(string.Empty, Read));
        Assert.Equal(InUiCulture(string.Empty, Read), InUiCulture("fr", Read)); // no translation: English
    }

    [Fact]
    public void Json_participants_and_config_problems_follow_the_UI_culture()
    {
        const string json = "[ { \"id\": \"ana\", \"role\": \"mentor\", \"seniority\": \"high\" } ]";
        string Participants() => Assert.ThrowsAny<FileFormatException>(
            () => ParticipantFile.Read(new StringReader(json), "people.json", ParticipantFileFormat.Json)).Message;
        string Config() => Assert.ThrowsAny<MatchingInputException>(
            () => MatchingConfig.Load(new StringReader("{ \"weights\": { \"skillGap\": -1 } }"), "run.json")).Message;

        Assert.Equal("people.json:1:36: '[0].seniority' debe ser un número.", InUiCulture("es", Participants));
        Assert.Equal("people.json:1:36: '[0].seniority' must be a number.", InUiCulture(string.Empty, Participants));
        Assert.Equal("run.json:1:16: El peso 'weights.skillGap' debe ser un número finito, 0 o mayor.", InUiCulture("es", Config));
        Assert.Equal("run.json:1:16: The weight 'weights.skillGap' must be a finite number, 0 or more.", InUiCulture(string.Empty, Config));
    }

    [Fact]
    public void Validation_exceptions_of_the_model_follow_the_UI_culture()
    {
        string Capacity() => Assert.Throws<ParticipantValidationException>(
            () => new Participant("ana", ParticipantRole.Mentor, capacity: 0)).Message;

        Assert.Equal("Participante 'ana': capacity debe ser al menos 1, pero era 0.", InUiCulture("es", Capacity));
        Assert.Equal("Participant 'ana': capacity must be at least 1, but was 0.", InUiCulture(string.Empty, Capacity));
    }

    private static string[] Problems(string csv) =>
        [.. ParticipantFile.Validate(new StringReader(csv), "people.csv", ParticipantFileFormat.Csv).Select(p => p.ToString())];

    internal static T InUiCulture<T>(string culture, Func<T> action)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    // XText.Format("Key", ...) or XText.Format(condition ? "KeyA" : "KeyB", ...).
    private const string UsedKeyPattern = @"\.Format\(\s*(?:[^,""()]*\?\s*)?""(?<key>\w+)""(?:\s*:\s*""(?<key>\w+)"")?";
}
