using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Cli;

/// <summary>Roles and solver statuses as the CLI prints them, in the run's language (English: the words the files use).</summary>
internal static class RoleText
{
    public static string Of(ParticipantRole role) => CliText.Get(role == ParticipantRole.Mentor ? "RoleMentor" : "RoleMentee");

    /// <summary>The solver status in words; a status without a text keeps its name.</summary>
    public static string Status(SolverStatus status) => status switch
    {
        SolverStatus.Optimal => CliText.Get("StatusOptimal"),
        SolverStatus.Feasible => CliText.Get("StatusFeasible"),
        SolverStatus.Infeasible => CliText.Get("StatusInfeasible"),
        _ => status.ToString(),
    };
}
