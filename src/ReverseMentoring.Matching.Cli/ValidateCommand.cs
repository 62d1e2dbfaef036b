using System.CommandLine;
using System.Globalization;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// <c>rmatch validate --participants FILE [--config FILE] [--column field=Header ...] [--role-rule RULE ...] [--ignore-other-columns] [--max-participants N]</c>: list every problem of a
/// participant file (not only the first), so an HR export can be fixed in one go.
/// </summary>
/// <remarks>Problems go to standard error as <c>file:line:column: problem</c>, exit 2; a clean file prints a one-line summary, exit 0.</remarks>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = ParticipantInput.FileOnly();
        var command = new Command("validate", HelpText.Validate);
        input.AddTo(command);
        command.SetAction(parsed => CliApp.Guard(stderr, () =>
        {
            var config = input.Load(parsed);
            var path = parsed.GetRequiredValue(input.Participants);
            var limits = input.Limits(parsed);
            var problems = CliApp.ReadFile(
                path, (reader, source) => ParticipantFile.Validate(reader, source, ParticipantFile.FormatOf(path), config.Columns, limits));
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    stderr.WriteLine(problem);
                }

                stderr.WriteLine(Problems(path, problems.Count));
                return CliApp.BadInput;
            }

            // Valid, so this read cannot fail; it counts the sides and the rows left out for the summary.
            var read = CliApp.ReadFile(
                path, (reader, source) => ParticipantFile.ReadDetailed(reader, source, ParticipantFile.FormatOf(path), config.Columns, limits));
            if (ParticipantInput.NoParticipants(path, read) is { } empty)
            {
                stderr.WriteLine(empty);
                stderr.WriteLine(Problems(path, 1));
                return CliApp.BadInput;
            }

            var people = read.Participants;
            var mentors = people.Count(p => p.Role == ParticipantRole.Mentor);
            var leftOut = read.LeftOutRows > 0 ? "; " + ParticipantInput.LeftOut(read.LeftOutRows) : string.Empty;
            stdout.WriteLine(CliText.Format(
                "NoProblems",
                path,
                CliText.Count(people.Count, "ParticipantsOne", "ParticipantsOther"),
                CliText.Count(mentors, "MentorsOne", "MentorsOther"),
                CliText.Count(people.Count - mentors, "MenteesOne", "MenteesOther"),
                leftOut));
            ParticipantInput.WriteWarnings(read, stderr);
            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>"people.csv: 3 problems found."</summary>
    private static string Problems(string path, int count) =>
        CliText.Format(count == 1 ? "ProblemsFoundOne" : "ProblemsFoundOther", path, count);
}
