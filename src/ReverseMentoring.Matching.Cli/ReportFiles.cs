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

    /// <summary>Adds the four files in <paramref name="directory"/> to <paramref name="files"/>, to be written with the run's other outputs.</summary>
    public static void AddTo(AtomicFileSet files, string directory, IReadOnlyList<Participant> people, Pairing pairing)
    {
        var report = PairingReport.Create(people, pairing);
        files.Add(directory, PairsCsv, w => PairingCsv.Write(pairing, w));
        files.Add(directory, ResultJson, w => WriteJson(pairing, w));
        files.Add(directory, ReportMarkdown, report.WriteMarkdown);
        files.Add(directory, ReportHtml, report.WriteHtml);
    }

    /// <summary>The result as JSON with a final newline, as in <c>result.json</c> and <c>--json FILE</c>.</summary>
    public static void WriteJson(Pairing pairing, TextWriter writer)
    {
        PairingJson.Write(pairing, writer);
        writer.Write('\n');
    }
}
