using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>
/// Bad participant files and configs through <c>match</c>, <c>validate</c> and <c>report</c>: under
/// <c>--culture es</c> the library's messages are Spanish with the same file:line:column and exit 2; without it they
/// are English even when the machine's UI culture is Spanish.
/// </summary>
public sealed partial class InputMessageCultureCliTests : IDisposable
{
    // Phrases of the English messages; none may be left in a Spanish run's output.
    private static readonly string[] EnglishPhrases =
    [
        "Unknown column", "The header has no", "the headers found", "which is not a number", "must be between", "but was",
        "is already used", "not valid UTF-8", "not valid JSON", "must be a number", "must be a finite number", "Participant '",
        "expected", "The file", "The weight", "Unknown property", "The role", "The id", "to skip columns", "The column mapping",
        "Unknown solver", "The price of stability",
    ];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// Verb, file name (config: for a config, run with a good participants file), file content (\u00FF for a byte that
    /// is not UTF-8), where the message is (:line:column, or empty for the file as a whole) and its Spanish text.
    /// </summary>
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        { "validate", "unknown.csv", "id,role,colour\nana,mentor,red\nbo,mentee,blue\n", ":1:3", "Columna desconocida 'colour'; se esperaba id, name, role" },
        { "match", "noid.csv", "name,role\nAna,mentor\nBo,mentee\n", ":1:1", "El encabezado no tiene la columna 'id'; los encabezados encontrados son 'name', 'role'." },
        { "validate", "number.csv", "id,role,seniority\nana,mentor,high\nbo,mentee,2\n", ":2:3", "La antigüedad es 'high', que no es un número; se esperaba un decimal como 0.75, -2 o 1.5e-3." },
        { "match", "level.csv", "id,role,skill:Technology\nana,mentor,7\nbo,mentee,1\n", ":2:3", "Participante 'ana': skill:Technology debe estar entre 0 y 5, pero era 7." },
        { "report", "duplicate.csv", "id,role\nana,mentor\nana,mentee\n", ":3:1", "El id 'ana' ya se usa en la línea 2." },
        { "match", "role.csv", "id,role\nana,boss\nbo,mentee\n", ":2:2", "El rol 'boss' no es válido; se esperaba mentor o mentee." },
        { "validate", "utf8.csv", "id,role\nana,mentor\nb\u00FF,mentee\n", string.Empty, "el archivo no es texto UTF-8 válido." },
        { "match", "broken.json", "[ { \"id\": \"ana\" \"role\": \"mentor\" } ]", ":1:17", "El archivo no es JSON válido: " },
        { "validate", "typed.json", "[ { \"id\": \"ana\", \"role\": \"mentor\", \"seniority\": \"high\" } ]", ":1:36", "'[0].seniority' debe ser un número." },
        { "report", "property.json", "[ { \"id\": \"ana\", \"role\": \"mentor\", \"colour\": \"red\" } ]", ":1:36", "Propiedad desconocida 'colour' en '[0]'; las propiedades conocidas son " },
        { "match", "config:weights.json", "{ \"weights\": { \"skillGap\": -1 } }", ":1:16", "El peso 'weights.skillGap' debe ser un número finito, 0 o mayor." },
        { "validate", "config:columns.json", "{ \"columns\": { \"languageSeparator\": \"\" } }", ":1:3", "La asignación de columnas de 'columns' no es válida: El separador de idiomas está vacío." },
        { "report", "config:solver.json", "{ \"solver\": { \"name\": \"Magic\" } }", ":1:15", "'solver': Solucionador desconocido 'Magic'; los solucionadores son " },
        { "match", "config:price.json", "{ \"solver\": { \"name\": \"flow\", \"priceOfStability\": true } }", ":1:31", "'solver': El precio de la estabilidad solo se aplica al solucionador 'stable', no a 'flow'." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_input_under_culture_es_is_Spanish_with_the_same_place_and_exit_2(string verb, string file, string content, string place, string spanish)
    {
        var args = Arguments(verb, file, content, out var path);

        var english = CliRunner.Run(args);
        var (exit, stdout, stderr) = CliRunner.Run([.. args, "--culture", "es"]);

        Assert.Equal(2, english.Exit);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"{path}{place}: {spanish}", stderr, StringComparison.Ordinal);
        // The same problems at the same places: only the words after "file:line:column: " differ.
        Assert.Equal(Places(english.Stderr, path), Places(stderr, path));
        Assert.All(EnglishPhrases, phrase => Assert.DoesNotContain(phrase, stderr, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_same_bad_input_is_English_by_default_under_a_Spanish_UI_culture(string verb, string file, string content, string place, string spanish)
    {
        _ = place;
        var args = Arguments(verb, file, content, out _);
        var english = CliRunner.Run(args);

        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (int Exit, string Stdout, string Stderr) run;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es-ES");
            run = CliRunner.Run(args);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }

        Assert.Equal(2, run.Exit);
        Assert.Equal(english.Stderr, run.Stderr);
        Assert.DoesNotContain(spanish, run.Stderr, StringComparison.Ordinal);
        Assert.Contains(EnglishPhrases, phrase => run.Stderr.Contains(phrase, StringComparison.Ordinal));
    }

    private string[] Arguments(string verb, string file, string content, out string path)
    {
        var isConfig = file.StartsWith("config:", StringComparison.Ordinal);
        path = _dir.File(isConfig ? file["config:".Length..] : file);
        File.WriteAllBytes(path, [.. content.Split('\u00FF').SelectMany((part, i) => (i > 0 ? [(byte)0xFF] : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(part)))]);
        string[] input = isConfig
            ? ["--participants", _dir.Write("people.csv", "id,role,skill:Technology,goal:Technology\nana,mentor,4,\nbo,mentee,1,1\n"), "--config", path]
            : ["--participants", path];
        return verb == "report" ? [verb, .. input, "--out", _dir.File("report.md")] : [verb, .. input];
    }

    /// <summary>The :line:column of each message about <paramref name="path"/> (empty for the file as a whole).</summary>
    private static string[] Places(string stderr, string path) =>
        [.. stderr.Split('\n').Where(l => l.StartsWith(path + ":", StringComparison.Ordinal)).Select(l => Place().Match(l[path.Length..]).Value)];

    [GeneratedRegex(@"^(:\d+:\d+)?(?=: )")]
    private static partial Regex Place();
}
