using System.CommandLine;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Cli;

/// <summary><c>rmatch assign --scores FILE</c>: solve a given score matrix and print the pairing as JSON.</summary>
internal static class AssignCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var scores = new Option<string>("--scores")
        {
            Description = "Score-matrix CSV: first row an empty cell then mentor ids; each further row a mentee id then one score per mentor (empty = pair not allowed).",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command(
            "assign",
            HelpText.Assign)
        {
            scores,
        };
        command.SetAction(parsed => CliApp.Guard(stderr, () =>
        {
            var path = parsed.GetRequiredValue(scores);
            var matrix = CliApp.ReadFile(path, ScoreMatrixCsv.Read);
            var result = PairingSolvers.LinearSumAssignment.Solve(matrix);
            stdout.WriteLine(CliJson.Serialize(ToOutput(matrix, result), indented: false));
            return CliApp.Success;
        }));
        return command;
    }

    internal static AssignOutput ToOutput(ScoreMatrix matrix, SolverResult result)
    {
        var pairs = result.Pairs
            .Select(p => new AssignPair(matrix.MenteeIds[p.Mentee], matrix.MentorIds[p.Mentor], matrix[p.Mentee, p.Mentor]))
            .ToArray();
        var pairedMentees = result.Pairs.Select(p => p.Mentee).ToHashSet();
        var pairedMentors = result.Pairs.Select(p => p.Mentor).ToHashSet();
        return new AssignOutput(
            result.Status.ToString(),
            pairs.Length,
            pairs.Sum(p => p.Score),
            pairs,
            Unpaired(matrix.MenteeIds, pairedMentees),
            Unpaired(matrix.MentorIds, pairedMentors));
    }

    private static string[] Unpaired(IReadOnlyList<string> ids, HashSet<int> paired) =>
        [.. Enumerable.Range(0, ids.Count).Where(k => !paired.Contains(k)).Select(k => ids[k]).Order(StringComparer.Ordinal)];
}
