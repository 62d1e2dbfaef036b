using System.Globalization;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Reporting;

namespace ReverseMentoring.Matching.Cli;

/// <summary>What <c>rmatch match --out DIR</c> writes: the pairs as CSV, the full result as JSON and the report twice.</summary>
internal static class ReportFiles
{
    public const string PairsCsv = "pairs.csv";
    public const string ResultJson = "result.json";
    public const string ReportMarkdown = "report.md";
    public const string ReportHtml = "report.html";

    /// <summary>The names of the four files, in the order they are listed to the user.</summary>
    public static IReadOnlyList<string> Names { get; } = [PairsCsv, ResultJson, ReportMarkdown, ReportHtml];

    /// <summary>
    /// Adds the four files in <paramref name="directory"/> to <paramref name="files"/>, to be written with the run's
    /// other outputs. <paramref name="result"/> is asked only when the set is committed, so the set can be checked
    /// before the run. The two reports are written in <paramref name="culture"/>'s language (null: English).
    /// </summary>
    public static void AddTo(
        AtomicFileSet files, string directory, Func<(IReadOnlyList<Participant> People, Pairing Pairing)> result, CultureInfo? culture = null)
    {
        var report = new Lazy<PairingReport>(() => PairingReport.Create(result().People, result().Pairing));
        files.Add(directory, PairsCsv, w => PairingCsv.Write(result().Pairing, w));
        files.Add(directory, ResultJson, w => WriteJson(result().Pairing, w));
        files.Add(directory, ReportMarkdown, w => report.Value.WriteMarkdown(w, culture));
        files.Add(directory, ReportHtml, w => report.Value.WriteHtml(w, culture));
    }

    /// <summary>The line that tells where <c>--out DIR</c> put the files.</summary>
    public static string WroteLine(string directory) =>
        CliText.Format("WroteOutFiles", string.Join(", ", Names.Take(Names.Count - 1)), Names[^1], directory);

    /// <summary>The result as JSON with a final newline, as in <c>result.json</c> and <c>--json FILE</c>.</summary>
    public static void WriteJson(Pairing pairing, TextWriter writer)
    {
        PairingJson.Write(pairing, writer);
        writer.Write('\n');
    }
}
