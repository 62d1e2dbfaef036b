using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReverseMentoring.Matching.Tests.Reporting;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>
/// <c>--culture es</c> on every verb: the tool's own messages in Spanish (CliStrings.es.resx), the reports and the
/// unmatched reasons too; English by default whatever the machine's UI culture; numbers invariant in both.
/// </summary>
public sealed partial class CliCultureTests : IDisposable
{
    private const string Cohort =
        "id,name,role,department,manager_id,seniority,skill:Technology,goal:Technology\n"
        + "boss,Big Boss,mentee,Board,,6,0,1\n"
        + "vp,Vera Price,mentee,Sales,boss,5,1,0.8\n"
        + "jun,June Park,mentor,Sales,vp,1,5,\n"
        + "kai,Kai Berg,mentor,IT,,1,3,\n";

    // What the English table, summary and messages say; none may be printed under --culture es.
    private static readonly string[] EnglishWords =
    [
        "Pairs", "Mentee", "Score", "Breakdown", "Unmatched", " pairs,", "mean ", "status ", "solver ", "elapsed ", "Optimal",
        "no allowed mentor", "excluded by reporting line", "mentee ",
    ];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Dictionary<string, string> Resx(string file) => ReportCultureTests.ResxAt($"src/ReverseMentoring.Matching.Cli/{file}");

    [Fact]
    public void Spanish_cli_resources_have_the_English_keys_and_placeholders()
    {
        ReportCultureTests.AssertSameKeysAndPlaceholders(Resx("CliStrings.resx"), Resx("CliStrings.es.resx"));
    }

    /// <summary>Every key the CLI's code asks for is in the resources: a typo would only fail at run time otherwise.</summary>
    [Fact]
    public void Every_key_the_cli_uses_is_in_its_resources()
    {
        var keys = Resx("CliStrings.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(RepositoryFiles.PathOf("src/ReverseMentoring.Matching.Cli"), "*.cs")
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).SelectMany(m => m.Groups["key"].Captures.Select(c => c.Value)))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Assert.True(used.Length > 80, $"only {used.Length} keys found: the pattern no longer matches the code");
        Assert.All(used, key => Assert.Contains(key, keys));
    }

    [Fact]
    public void Match_sample_in_Spanish_prints_Spanish_headers_summary_and_reasons()
    {
        var (exit, stdout, stderr) = CliRunner.Run("match", "--sample", "--culture", "es");

        Assert.True(exit == 0, stderr);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("Parejas", stdout, StringComparison.Ordinal);
        Assert.Contains("| Mentor", stdout, StringComparison.Ordinal);
        Assert.Contains("Directivo/a", stdout, StringComparison.Ordinal);
        Assert.Contains("Puntuación", stdout, StringComparison.Ordinal);
        Assert.Contains("Desglose", stdout, StringComparison.Ordinal);
        Assert.Contains("Sin emparejar:", stdout, StringComparison.Ordinal);
        Assert.Contains(
            "directivo/a Margaret Holloway (exec-ceo): ningún mentor permitido: 12 excluidos por línea jerárquica", stdout, StringComparison.Ordinal);
        Assert.Matches(
            @"11 parejas, total \d\.\d{3}, media 0\.\d{3}, mínimo 0\.\d{3}, estado Óptimo, solucionador LinearSumAssignment, tiempo [\d.]+ ms", stdout);
        Assert.All(EnglishWords, word => Assert.DoesNotContain(word, stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void English_is_the_default_even_under_a_Spanish_UI_culture()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (int Exit, string Stdout, string Stderr) run;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es");
            run = CliRunner.Run("match", "--sample");
            Assert.Equal("es", CultureInfo.CurrentUICulture.Name); // the run gives the caller's culture back
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }

        Assert.True(run.Exit == 0, run.Stderr);
        Assert.Matches(@"11 pairs, total \d\.\d{3}, mean 0\.\d{3}, min 0\.\d{3}, status Optimal", run.Stdout);
        Assert.Contains("no allowed mentor: 12 excluded by reporting line", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Parejas", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(DecimalComma(), run.Stdout);
    }

    [Fact]
    public void Numbers_stay_invariant_in_Spanish()
    {
        var english = CliRunner.Run("match", "--sample").Stdout;
        var spanish = CliRunner.Run("match", "--sample", "--culture", "es-MX").Stdout;

        Assert.DoesNotMatch(DecimalComma(), spanish);
        Assert.Equal(Scores().Matches(english).Select(m => m.Value), Scores().Matches(spanish).Select(m => m.Value));
    }

    [Fact]
    public void A_bad_input_in_Spanish_is_exit_2_with_file_line_and_column_kept()
    {
        var path = _dir.Write("empty.csv", "id,role\n");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", path, "--culture", "es");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(
            $"{path}:1:1: sin participantes: el archivo no tiene filas de participantes (solo un encabezado, o una lista vacía).",
            stderr.TrimEnd());
    }

    [Fact]
    public void A_missing_file_and_a_refused_output_are_reported_in_Spanish()
    {
        var missing = _dir.File("missing.csv");
        var (exit, _, stderr) = CliRunner.Run("validate", "--participants", missing, "--culture", "es");
        Assert.Equal(2, exit);
        Assert.Equal($"{missing}: no se encuentra el archivo.", stderr.TrimEnd());

        var people = _dir.Write("people.csv", Cohort);
        var existing = _dir.Write("pairing.json", "{}");
        (exit, _, stderr) = CliRunner.Run("match", "--participants", people, "--json", existing, "--culture", "es");
        Assert.Equal(2, exit);
        Assert.Equal($"{existing}: ya existe; use --force para sobrescribirlo.", stderr.TrimEnd());
        Assert.Equal("{}", File.ReadAllText(existing));
    }

    [Fact]
    public void Validators_and_parse_errors_speak_Spanish_with_the_usage_hint()
    {
        var (exit, stdout, stderr) = CliRunner.Run("match", "--culture", "es");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("rmatch: Indique --participants ARCHIVO o --sample.", stderr, StringComparison.Ordinal);
        Assert.Contains("Ejecute 'rmatch --help'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Culture_is_an_option_of_every_verb_and_checked_before_anything_runs()
    {
        var outDir = _dir.File("cohort");
        var (exit, stdout, stderr) = CliRunner.Run("generate", "--mentors", "3", "--mentees", "2", "--out", outDir, "--culture", "es");
        Assert.True(exit == 0, stderr);
        Assert.StartsWith("Se han escrito 3 mentores y 2 directivos (semilla ", stdout, StringComparison.Ordinal);

        var people = Path.Combine(outDir, "participants.csv");
        (exit, stdout, stderr) = CliRunner.Run("validate", "--participants", people, "--culture", "es");
        Assert.True(exit == 0, stderr);
        Assert.Equal($"{people}: sin problemas; 5 participantes (3 mentores, 2 directivos).", stdout.TrimEnd());

        var config = _dir.File("run.json");
        (exit, _, stderr) = CliRunner.Run("init", "--out", config, "--culture", "fr");
        Assert.Equal(2, exit);
        Assert.Contains("--culture 'fr' is not a language rmatch writes; use one of en, es.", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(config));

        (exit, stdout, stderr) = CliRunner.Run("init", "--out", config, "--culture", "es");
        Assert.True(exit == 0, stderr);
        Assert.StartsWith($"Se ha escrito {config}.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_and_out_files_in_Spanish_have_Spanish_reasons_while_the_json_stays_English()
    {
        var people = _dir.Write("people.csv", Cohort);
        var outDir = _dir.File("out");

        var (exit, stdout, stderr) = CliRunner.Run("match", "--participants", people, "--out", outDir, "--culture", "es");

        Assert.True(exit == 0, stderr);
        Assert.Contains($"Se han escrito pairs.csv, result.json, report.md y report.html en {outDir}.", stdout, StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("Compromisos:", markdown, StringComparison.Ordinal);
        Assert.Contains("Brecha de habilidades", markdown, StringComparison.Ordinal);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "result.json"))).RootElement;
        var unmatched = json.GetProperty("unmatched").EnumerateArray().Select(u => u.GetProperty("reason").GetString()!).ToArray();
        Assert.Equal(["the only allowed mentor was paired with others (1 excluded by reporting line)", "no allowed mentee: 2 excluded by reporting line"], unmatched);
        Assert.Contains("el único mentor permitido se emparejó con otras personas (1 excluido por línea jerárquica)", markdown, StringComparison.Ordinal);
        Assert.Contains("ningún directivo permitido: 2 excluidos por línea jerárquica", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_verb_prints_its_status_line_in_Spanish()
    {
        var path = _dir.File("report.md");

        var (exit, stdout, stderr) = CliRunner.Run("report", "--sample", "--out", path, "--culture", "es");

        Assert.True(exit == 0, stderr);
        Assert.Equal($"{path}: informe escrito (11 parejas, 2 sin emparejar).", stdout.TrimEnd());
    }

    // The capitalised string literals among a CliText call's arguments, up to the end of its statement.
    [GeneratedRegex(@"CliText\.\w+\((?:[^;""]|""(?<key>[A-Z]\w*)""|""[^""]*"")*")]
    private static partial Regex UsedKey();

    [GeneratedRegex(@"\d,\d")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"\b\d+\.\d{3}\b")]
    private static partial Regex Scores();
}
