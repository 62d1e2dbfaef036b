using System.CommandLine;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Reporting;
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
            stdout.WriteLine(PairingJson.Serialize(matrix, result));
            return CliApp.Success;
        }));
        return command;
    }
}
