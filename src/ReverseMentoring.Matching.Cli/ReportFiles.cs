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

    /// <summary>Writes the four files into <paramref name="directory"/>, all or none.</summary>
    public static void Write(string directory, IReadOnlyList<Participant> people, Pairing pairing)
    {
        var report = PairingReport.Create(people, pairing);
        AtomicFileSet.WriteAll(directory, [
            (PairsCsv, w => PairingCsv.Write(pairing, w)),
            (ResultJson, w =>
            {
                PairingJson.Write(pairing, w);
                w.Write('\n');
            }),
            (ReportMarkdown, report.WriteMarkdown),
            (ReportHtml, report.WriteHtml),
        ]);
    }
}
