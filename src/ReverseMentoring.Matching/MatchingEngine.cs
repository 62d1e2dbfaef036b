using System.Diagnostics;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching;

/// <summary>
/// Runs the pipeline: validate → eligibility rules → score matrix → solver → pairing with explanations.
/// Thread-safe: one engine can serve many runs at once.
/// </summary>
public sealed class MatchingEngine
{
    /// <summary>Creates an engine; <paramref name="options"/> defaults to <c>new MatchingOptions()</c>.</summary>
    public MatchingEngine(MatchingOptions? options = null)
    {
        Options = options ?? new MatchingOptions();
        ArgumentNullException.ThrowIfNull(Options.Scorer, nameof(options));
        ArgumentNullException.ThrowIfNull(Options.Rules, nameof(options));
        ArgumentNullException.ThrowIfNull(Options.Solver, nameof(options));
    }

    /// <summary>The options every run of this engine uses.</summary>
    public MatchingOptions Options { get; }

    /// <summary>Validates the participants and pairs them.</summary>
    /// <exception cref="ParticipantValidationException">Duplicate ids or a cycle of manager ids.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Pairing Match(IEnumerable<Participant> participants, CancellationToken cancellationToken = default) =>
        Match(new Cohort(participants), cancellationToken);

    /// <summary>Pairs an already validated cohort.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Pairing Match(Cohort cohort, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var clock = Stopwatch.StartNew();
        var eligibility = Eligibility.Evaluate(cohort, Options.Rules);
        cancellationToken.ThrowIfCancellationRequested();
        var scores = CohortScores.Compute(eligibility, Options.Scorer);
        var solved = Options.Solver.Solve(scores.Matrix, cancellationToken);

        var pairs = solved.Pairs
            .Select(p => new MatchedPair(
                cohort.Mentees[p.Mentee].Id, cohort.Mentors[p.Mentor].Id, scores.Matrix[p.Mentee, p.Mentor], scores.Breakdown(p.Mentee, p.Mentor)))
            .ToArray();
        var pairedMentees = solved.Pairs.Select(p => p.Mentee).ToHashSet();
        var pairedMentors = solved.Pairs.Select(p => p.Mentor).ToHashSet();
        var unmatchedMentees = Enumerable.Range(0, cohort.Mentees.Count).Where(i => !pairedMentees.Contains(i))
            .Select(i => UnmatchedReasons.ForMentee(eligibility, i)).ToArray();
        var unmatchedMentors = Enumerable.Range(0, cohort.Mentors.Count).Where(j => !pairedMentors.Contains(j))
            .Select(j => UnmatchedReasons.ForMentor(eligibility, j)).ToArray();
        return new Pairing(pairs, unmatchedMentees, unmatchedMentors, solved.Status, solved.SolverName, clock.Elapsed);
    }
}
