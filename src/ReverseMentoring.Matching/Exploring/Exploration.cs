using System.Diagnostics;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>
/// What every exploration shares: the cohort prepared once by the engine (rules, scores, the problem), the optimum, and
/// variants of the problem solved by the engine's own solver and explained as the engine explains its pairings.
/// </summary>
internal sealed class Exploration
{
    private readonly Lazy<(SolverResult Best, Pairing Optimum)> _optimum;

    private Exploration(PreparedRun prepared, CancellationToken cancellationToken)
    {
        Prepared = prepared;
        _optimum = new(() => SolveOptimum(cancellationToken));
    }

    public PreparedRun Prepared { get; }

    public PairingProblem Problem => Prepared.Problem;

    /// <summary>The solver's answer for the problem itself, solved when first asked (a re-match never needs it).</summary>
    /// <exception cref="MatchingInputException">The side constraints cannot hold (as the engine says).</exception>
    public SolverResult Best => _optimum.Value.Best;

    /// <summary>That answer as the engine's pairing.</summary>
    public Pairing Optimum => _optimum.Value.Optimum;

    /// <summary>Takes the cohort through the engine's rules and scoring; nothing is solved yet.</summary>
    /// <exception cref="MatchingInputException">As <see cref="MatchingEngine.Match(Cohort, CancellationToken)"/>.</exception>
    public static Exploration Start(MatchingEngine engine, Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return new Exploration(engine.Prepare(cohort, null, cancellationToken), cancellationToken);
    }

    /// <summary>Solves a variant of the problem; null when it is infeasible.</summary>
    public (SolverResult Result, Pairing Pairing)? Solve(PairingProblem variant, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var result = Prepared.Solver.Solve(variant, cancellationToken);
        return result.Status == SolverStatus.Infeasible ? null : (result, Explain(result, clock.Elapsed));
    }

    public Pairing Explain(SolverResult result, TimeSpan elapsed) => MatchingEngine.Explain(Prepared, result, elapsed);

    private (SolverResult, Pairing) SolveOptimum(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var best = Prepared.Solver.Solve(Problem, cancellationToken);
        if (best.Status == SolverStatus.Infeasible)
        {
            throw MatchingEngine.InfeasibleError(best);
        }

        return (best, Explain(best, clock.Elapsed));
    }

    /// <summary>The row of a mentee id.</summary>
    /// <exception cref="MatchingInputException">No mentee of the cohort has that id (the message says when a mentor has).</exception>
    public int MenteeRow(string id) => IndexOf(Prepared.Cohort.Mentees, id) ?? throw Unknown(id, "mentee");

    /// <summary>The column of a mentor id.</summary>
    /// <exception cref="MatchingInputException">No mentor of the cohort has that id (the message says when a mentee has).</exception>
    public int MentorColumn(string id) => IndexOf(Prepared.Cohort.Mentors, id) ?? throw Unknown(id, "mentor");

    /// <summary>The row or column of an id on one side, or null.</summary>
    public static int? IndexOf(IReadOnlyList<Participant> side, string id)
    {
        for (var k = 0; k < side.Count; k++)
        {
            if (side[k].Id == id)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The rule that excludes a cell and why, or null when the rules allow it.</summary>
    public ExplorationText? Exclusion(int mentee, int mentor)
    {
        var eligibility = Prepared.Scores.Eligibility;
        var rule = eligibility.ExcludedBy(mentee, mentor);
        return rule == Rules.Eligibility.Allowed ? null : ExplorationText.RuleExcludes(eligibility.Rules[rule]);
    }

    /// <summary>Refuses what a ranking by total score cannot honour: the max-min objective and stable matching.</summary>
    /// <exception cref="MatchingInputException">The engine's objective or solver is one of those.</exception>
    /// <param name="objectiveKey">The message when the objective is max-min, with the objective as {0}.</param>
    /// <param name="solverKey">The message when the solver is stable matching, with the solver's name as {0}.</param>
    public void RequireTotalObjective(string objectiveKey, string solverKey)
    {
        if (Problem.Objective != PairingObjective.MaxTotal)
        {
            throw new MatchingInputException(ExplorationText.ForUiCulture(objectiveKey, Problem.Objective));
        }

        if (Prepared.Solver is StableSolver)
        {
            throw new MatchingInputException(ExplorationText.ForUiCulture(solverKey, Prepared.Solver.Name));
        }
    }

    private MatchingInputException Unknown(string id, string role)
    {
        var isOther = Prepared.Cohort.TryGet(id, out _);
        var mentee = role == "mentee";
        return new MatchingInputException(isOther
            ? ExplorationText.ForUiCulture(mentee ? "MentorNotMentee" : "MenteeNotMentor", id)
            : ExplorationText.ForUiCulture(mentee ? "NoMenteeWithId" : "NoMentorWithId", id));
    }
}
