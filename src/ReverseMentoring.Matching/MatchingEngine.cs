using System.Diagnostics;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching;

/// <summary>
/// Runs the pipeline: validate → eligibility rules → score matrix → solver → pairing with explanations.
/// Thread-safe: one engine can serve many runs at once.
/// </summary>
public sealed class MatchingEngine
{
    /// <summary>Creates an engine; <paramref name="options"/> defaults to <c>new MatchingOptions()</c>.</summary>
    /// <exception cref="MatchingInputException">An option is out of range.</exception>
    public MatchingEngine(MatchingOptions? options = null)
    {
        Options = options ?? new MatchingOptions();
        ArgumentNullException.ThrowIfNull(Options.Scorer, nameof(options));
        ArgumentNullException.ThrowIfNull(Options.Rules, nameof(options));
        ArgumentNullException.ThrowIfNull(Options.Solver, nameof(options));
        ArgumentNullException.ThrowIfNull(Options.PinnedPairs, nameof(options));
        if (Options.MinimumScore is { } floor && !double.IsFinite(floor))
        {
            throw new MatchingInputException("The minimum score must be a finite number.");
        }
    }

    /// <summary>The options every run of this engine uses.</summary>
    public MatchingOptions Options { get; }

    /// <summary>Validates the participants and pairs them.</summary>
    /// <exception cref="MatchingInputException">Invalid participants (duplicate ids, a cycle of manager ids) or pinned pairs.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Pairing Match(IEnumerable<Participant> participants, CancellationToken cancellationToken = default) =>
        Match(new Cohort(participants), cancellationToken);

    /// <summary>Pairs an already validated cohort.</summary>
    /// <exception cref="MatchingInputException">A pinned pair names an unknown person or breaks a rule.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Pairing Match(Cohort cohort, CancellationToken cancellationToken = default) =>
        Match(cohort, progress: null, cancellationToken);

    /// <summary>Pairs an already validated cohort, reporting each stage as it starts.</summary>
    /// <param name="cohort">The participants.</param>
    /// <param name="progress">
    /// Told each <see cref="MatchingStage"/> as it starts, in pipeline order, synchronously on the calling thread; null for none.
    /// </param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="MatchingInputException">A pinned pair names an unknown person or breaks a rule.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Pairing Match(Cohort cohort, IProgress<MatchingStage>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var clock = Stopwatch.StartNew();
        progress?.Report(MatchingStage.Rules);
        var eligibility = Eligibility.Evaluate(cohort, Options.Rules);
        var pinned = Options.PinnedPairs.Select(p => PinnedCell(eligibility, p)).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(MatchingStage.Scoring);
        var scores = CohortScores.Compute(eligibility, Options.Scorer);
        var problem = new PairingProblem(
            scores.Matrix,
            [.. cohort.Mentees.Select(p => p.Capacity)],
            [.. cohort.Mentors.Select(p => p.Capacity)],
            pinned,
            Options.Objective,
            Options.Priority,
            Options.MinimumScore);
        progress?.Report(MatchingStage.Solving);
        var solved = Options.Solver.Solve(problem, cancellationToken);
        progress?.Report(MatchingStage.Explaining);

        var pairs = solved.Pairs
            .Select(p => new MatchedPair(
                cohort.Mentees[p.Mentee].Id, cohort.Mentors[p.Mentor].Id, scores.Matrix[p.Mentee, p.Mentor], scores.Breakdown(p.Mentee, p.Mentor)))
            .ToArray();
        var reasons = Options.Priority == PairingPriority.QualityFirst
            ? new UnmatchedReasons(eligibility, scores.Matrix, Math.Max(double.Epsilon, Options.MinimumScore ?? 0), "adding no value")
            : new UnmatchedReasons(eligibility, scores.Matrix, Options.MinimumScore ?? double.NegativeInfinity, "below the minimum score");
        var pairedMentees = solved.Pairs.Select(p => p.Mentee).ToHashSet();
        var pairedMentors = solved.Pairs.Select(p => p.Mentor).ToHashSet();
        var unmatchedMentees = Enumerable.Range(0, cohort.Mentees.Count).Where(i => !pairedMentees.Contains(i))
            .Select(reasons.ForMentee).ToArray();
        var unmatchedMentors = Enumerable.Range(0, cohort.Mentors.Count).Where(j => !pairedMentors.Contains(j))
            .Select(reasons.ForMentor).ToArray();
        return new Pairing(pairs, unmatchedMentees, unmatchedMentors, solved.Status, solved.SolverName, clock.Elapsed);
    }

    private static SolvedPair PinnedCell(Eligibility eligibility, ParticipantPair pair)
    {
        var cohort = eligibility.Cohort;
        var mentee = IndexOf(cohort.Mentees, pair.MenteeId, "mentee", pair);
        var mentor = IndexOf(cohort.Mentors, pair.MentorId, "mentor", pair);
        var broken = eligibility.Rules.Where(r => !r.Allows(cohort.Mentors[mentor], cohort.Mentees[mentee], cohort)).ToArray();
        if (broken.Length > 0)
        {
            throw new MatchingInputException(
                $"The pinned pair {pair} breaks the rule '{broken[0].Name}' ({broken[0].ExclusionReason}): "
                + $"rules 'pinned' and '{string.Join("', '", broken.Select(r => r.Name))}' cannot both hold.");
        }

        return new SolvedPair(mentee, mentor);
    }

    private static int IndexOf(IReadOnlyList<Participant> side, string id, string role, ParticipantPair pair)
    {
        for (var k = 0; k < side.Count; k++)
        {
            if (side[k].Id == id.Trim())
            {
                return k;
            }
        }

        throw new MatchingInputException($"The pinned pair {pair} names '{id}', who is not a {role} of the cohort.");
    }
}
