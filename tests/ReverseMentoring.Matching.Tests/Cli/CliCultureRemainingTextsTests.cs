using System.Globalization;
using System.Text;
using System.Text.Json;
using ReverseMentoring.Matching.Cli;
using ReverseMentoring.Matching.Tests.Reporting;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>
/// The texts <c>--culture es</c> once left in English: CP-SAT's time-limit message (exit 3), <c>whynot</c> and
/// <c>rematch</c> explanations, the <c>validate</c> summary's counts and the match table's score components. Exit codes
/// stay as they are, English stays the default under a Spanish UI culture, and the JSON keeps its English data.
/// </summary>
public sealed class CliCultureRemainingTextsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>As in <see cref="TimeLimitCommandTests"/>: half the pairs must cross departments and almost no work is allowed.</summary>
    private (string People, string Config) NoPairingInTime()
    {
        var csv = new StringBuilder("id,role,department,seniority,skill:Technology,goal:Technology\n");
        for (var k = 0; k <= 10; k++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"e{k},mentee,A,5,0,1\nhigh{k},mentor,A,1,5,0\nlow{k},mentor,C,1,1,0\n");
        }

        return (_dir.Write("people.csv", csv.ToString()), _dir.Write("run.json", """
            { "weights": { "skillGap": 1, "reciprocal": 0, "networkReach": 0 },
              "pinnedPairs": [{ "mentor": "high0", "mentee": "e0" }],
              "sideConstraints": { "minCrossDepartmentShare": 0.5, "deterministicTimeLimit": 1e-9 } }
            """));
    }

    private static (int Exit, string Stdout, string Stderr) InSpanishUiCulture(params string[] args)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es");
            return CliRunner.Run(args);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void No_pairing_within_the_time_limit_is_exit_3_with_the_whole_message_in_Spanish()
    {
        var (people, config) = NoPairingInTime();

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", people, "--config", config, "--culture", "es");

        Assert.Equal((CliApp.TimeLimitReached, string.Empty), (exit, stdout));
        Assert.Equal(
            "rmatch: CP-SAT no encontró ningún emparejamiento que cumpla las restricciones adicionales dentro de su límite de tiempo "
            + "(1E-09 s deterministas, 60 s); suba el límite de tiempo determinista (y el de reloj). "
            + "En una configuración: 'sideConstraints.deterministicTimeLimit' (y 'timeLimitSeconds').",
            stderr.TrimEnd());
    }

    [Fact]
    public void The_time_limit_message_stays_English_by_default_under_a_Spanish_UI_culture()
    {
        var (people, config) = NoPairingInTime();

        var (exit, _, stderr) = InSpanishUiCulture("match", "--participants", people, "--config", config);

        Assert.Equal(CliApp.TimeLimitReached, exit);
        Assert.StartsWith(
            "rmatch: CP-SAT found no pairing that meets the side constraints within its time limit (1E-09 deterministic s, 60 s); raise",
            stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Whynot_in_Spanish_words_the_status_and_the_reason_and_the_json_keeps_English()
    {
        var json = _dir.File("whynot.json");

        var (exit, stdout, stderr) = CliRunner.Run(
            "whynot", "--sample", "--mentee", "exec-cfo", "--mentor", "ana-lima", "--json", json, "--culture", "es");

        Assert.True(exit == 0, stderr);
        var first = stdout.Split('\n')[0];
        Assert.Matches(@"^ana-lima -> exec-cfo: (Forzada|Prohibida): el óptimo ", first);
        Assert.DoesNotContain("optimum", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Forced", first, StringComparison.Ordinal);
        var reason = JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("reason").GetString();
        Assert.StartsWith("the optimum ", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Whynot_for_a_pair_a_rule_excludes_names_the_rule_and_its_reason_in_Spanish()
    {
        var (exit, stdout, stderr) = CliRunner.Run("whynot", "--sample", "--mentee", "exec-ceo", "--mentor", "ana-lima", "--culture", "es");
        var (englishExit, english, _) = InSpanishUiCulture("whynot", "--sample", "--mentee", "exec-ceo", "--mentor", "ana-lima");

        Assert.True(exit == 0, stderr);
        Assert.Equal(0, englishExit);
        Assert.StartsWith(
            "ana-lima -> exec-ceo: No permitida: la regla 'reporting line' la excluye (excluida por línea jerárquica).", stdout, StringComparison.Ordinal);
        Assert.StartsWith(
            "ana-lima -> exec-ceo: NotAllowed: the rule 'reporting line' excludes it (excluded by reporting line).", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Rematch_in_Spanish_explains_a_broken_pair_in_Spanish_with_the_same_exit_code()
    {
        var all = _dir.Write("all.csv", "id,role,department,seniority,skill:Technology,goal:Technology\n"
            + "e1,mentee,A,5,0,1\ne2,mentee,A,5,0,1\nm1,mentor,B,1,5,0\nm2,mentor,B,1,4,0\n");
        var result = _dir.File("result.json");
        Assert.Equal(0, CliRunner.Run("match", "--participants", all, "--json", result, "--quiet").Exit);
        var now = _dir.Write("now.csv", "id,role,department,seniority,skill:Technology,goal:Technology\n"
            + "e1,mentee,A,5,0,1\ne2,mentee,A,5,0,1\nm2,mentor,B,1,4,0\n");

        var next = _dir.File("next.json");
        var (exit, stdout, stderr) = CliRunner.Run("rematch", "--participants", now, "--current", result, "--json", next, "--culture", "es");
        var (englishExit, english, _) = InSpanishUiCulture("rematch", "--participants", now, "--current", result);

        Assert.True(exit == 0, stderr);
        Assert.Equal(0, englishExit);
        Assert.Contains("el mentor 'm1' ya no es mentor de la cohorte", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("no longer", stdout, StringComparison.Ordinal);
        Assert.Contains("the mentor 'm1' is no longer a mentor of the cohort", english, StringComparison.Ordinal);
        var broken = JsonDocument.Parse(File.ReadAllText(next)).RootElement.GetProperty("rematch").GetProperty("broken")[0];
        Assert.Equal("the mentor 'm1' is no longer a mentor of the cohort", broken.GetProperty("explanation").GetString());
    }

    [Fact]
    public void Validate_counts_one_mentor_and_one_mentee_in_the_singular_in_both_languages()
    {
        var people = _dir.Write("people.csv", "id,role,seniority,skill:Technology,goal:Technology\nm,mentor,1,5,0\ne,mentee,5,0,1\n");

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", people, "--culture", "es");
        var (englishExit, english, _) = InSpanishUiCulture("validate", "--participants", people);

        Assert.True(exit == 0, stderr);
        Assert.Equal(0, englishExit);
        Assert.Equal($"{people}: sin problemas; 2 participantes (1 mentor, 1 directivo).", stdout.TrimEnd());
        Assert.Equal($"{people}: no problems; 2 participants (1 mentor, 1 mentee).", english.TrimEnd());
    }

    [Fact]
    public void Validate_counts_one_participant_in_the_singular()
    {
        var people = _dir.Write("people.csv", "id,role,seniority,skill:Technology,goal:Technology\nm,mentor,1,5,0\n");

        var (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", people, "--culture", "es");

        Assert.True(exit == 0, stderr);
        Assert.Equal($"{people}: sin problemas; 1 participante (1 mentor, 0 directivos).", stdout.TrimEnd());
    }

    [Fact]
    public void The_match_table_names_the_score_components_as_the_Spanish_report_does_while_the_json_keeps_the_ids()
    {
        var json = _dir.File("result.json");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--json", json, "--culture", "es");
        var (englishExit, english, _) = InSpanishUiCulture("match", "--sample");

        Assert.True(exit == 0, stderr);
        Assert.Equal(0, englishExit);
        Assert.Matches(@"Brecha de habilidades \d\.\d{3}", stdout);
        Assert.DoesNotContain("SkillGap", stdout, StringComparison.Ordinal);
        Assert.Matches(@"SkillGap \d\.\d{3}", english);
        Assert.Contains("\"SkillGap\"", File.ReadAllText(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nobody", "ana-lima", "rmatch: Ningún directivo/a de la cohorte tiene el id 'nobody'.")]
    [InlineData("ana-lima", "ana-lima", "rmatch: 'ana-lima' es mentor, no directivo/a, de la cohorte.")]
    public void Whynot_with_a_wrong_id_is_exit_2_in_Spanish(string mentee, string mentor, string message)
    {
        var (exit, stdout, stderr) = CliRunner.Run("whynot", "--sample", "--mentee", mentee, "--mentor", mentor, "--culture", "es");

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal(message, stderr.TrimEnd());
    }

    [Fact]
    public void Alternatives_under_the_max_min_objective_is_exit_2_in_Spanish_and_English_by_default()
    {
        var config = _dir.Write("maxmin.json", """{ "objective": "MaxMin" }""");

        var (exit, stdout, stderr) = CliRunner.Run("alternatives", "--sample", "--config", config, "--culture", "es");
        var (englishExit, _, english) = InSpanishUiCulture("alternatives", "--sample", "--config", config);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal("rmatch: Clasificar alternativas necesita el objetivo MaxTotal; el objetivo del motor es MaxMin.", stderr.TrimEnd());
        Assert.Equal(2, englishExit);
        Assert.Equal("rmatch: Ranking alternatives needs the MaxTotal objective; the engine's objective is MaxMin.", english.TrimEnd());
    }

    [Fact]
    public void Alternatives_with_k_out_of_range_is_exit_2_in_Spanish()
    {
        var (exit, stdout, stderr) = CliRunner.Run("alternatives", "--sample", "--k", "51", "--culture", "es");

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal("rmatch: El número de alternativas debe estar entre 1 y 50, pero era 51.", stderr.TrimEnd());
    }
}
