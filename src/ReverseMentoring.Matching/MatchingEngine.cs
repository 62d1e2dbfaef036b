using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReverseMentoring.Matching.Diagnostics;
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
    /// <summary>The <see cref="Exception.Data"/> key of the index of the pinned pair a <see cref="MatchingInputException"/> is about.</summary>
    internal const string PinnedPairIndexKey = "ReverseMentoring.Matching.PinnedPairIndex";

    private readonly ILogger _logger = NullLogger.Instance;

    /// <summary>Creates an engine; <paramref name="options"/> defaults to <c>new MatchingOptions()</c>.</summary>
    /// <remarks>The engine keeps its own copies of the rule and pinned-pair lists, so changing them later changes nothing.</remarks>
    /// <exception cref="MatchingInputException">An option is out of range, a rule or pinned pair is null, or two rules share a name.</exception>
    public MatchingEngine(MatchingOptions? options = null)
    {
        options ??= new MatchingOptions();
        ArgumentNullException.ThrowIfNull(options.Scorer, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Rules, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Solver, nameof(options));
        ArgumentNullException.ThrowIfNull(options.PinnedPairs, nameof(options));
        Options = options with { Rules = [.. options.Rules], PinnedPairs = [.. options.PinnedPairs] };
        if (Options.Rules.Any(r => r is null) || Options.PinnedPairs.Any(p => p is null))
        {
            throw new MatchingInputException("The rules and the pinned pairs must not contain null entries.");
        }

        if (Options.Rules.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new MatchingInputException(
                $"Two rules are named '{twice.Key}'; rule names must be unique (combine the pairs of two Forbidden rules into one).");
        }

        if (!Enum.IsDefined(Options.Objective) || !Enum.IsDefined(Options.Priority))
        {
            throw new MatchingInputException("The objective or the priority is not one of the defined values.");
        }

        if (Options.MentorCapacity < 1 || Options.MenteeCapacity < 1)
        {
            throw new MatchingInputException("MentorCapacity and MenteeCapacity must be at least 1 when set.");
        }

        if (Options.MinimumScore is { } floor && !double.IsFinite(floor))
        {
            throw new MatchingInputException("The minimum score must be a finite number.");
        }

        _ = SideConstraintsFor(Options.SideConstraints, null, null); // fail early on a side constraint out of range
    }

    /// <summary>
    /// Creates an engine that writes log events to <paramref name="logger"/> (ids in <see cref="MatchingEventIds"/>; no
    /// personal data unless <see cref="MatchingOptions.LogParticipantIds"/> is on). Null options mean
    /// <c>new MatchingOptions()</c>; a null logger logs nothing.
    /// </summary>
    /// <exception cref="MatchingInputException">An option is out of range.</exception>
    public MatchingEngine(MatchingOptions? options, ILogger<MatchingEngine>? logger)
        : this(options)
    {
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The options every run of this engine uses.</summary>
    public MatchingOptions Options { get; }

    /// <summary>Validates the participants and pairs them.</summary>
    /// <exception cref="MatchingInputException">Invalid participants (duplicate ids, a cycle of manager ids) or pinned pairs,
    /// pinned pairs that break the side constraints, or more pairs than <see cref="Eligibility.MaxPairs"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Pairing Match(IEnumerable<Participant> participants, CancellationToken cancellationToken = default) =>
        Match(participants, null, cancellationToken);

    /// <summary>
    /// Validates the participants and pairs them, reporting each stage to <paramref name="progress"/> as it begins
    /// (<see cref="MatchingStage"/> order, then <see cref="MatchingStage.Completed"/>). The token is checked between stages,
    /// at every mentee row in the rules and scoring stages, and inside the solver; once the explaining stage has begun
    /// (a fraction of a second) the finished pairing is returned. An OR-Tools solve cannot
    /// itself be interrupted: the call throws at once and the solve finishes on its own thread.
    /// </summary>
    /// <exception cref="MatchingInputException">Invalid participants (duplicate ids, a cycle of manager ids) or pinned pairs,
    /// or more pairs than <see cref="Eligibility.MaxPairs"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Pairing Match(IEnumerable<Participant> participants, IProgress<MatchingProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(participants);
        return Track(() => new Cohort(participants), progress, cancellationToken);
    }

    /// <summary>
    /// <see cref="Match(IEnumerable{Participant}, IProgress{MatchingProgress}?, CancellationToken)"/> on a thread-pool
    /// thread (<c>Task.Run</c>), so that an ASP.NET Core request or a UI thread
    /// is not blocked: the work is CPU-bound, and the task holds a pool thread while it runs. The participants are read
    /// before this method returns, so the caller may reuse the collection; progress is reported from the pool thread.
    /// </summary>
    /// <returns>The same pairing <c>Match</c> gives for the same participants and options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null (thrown at once).</exception>
    /// <remarks>The task faults with the exceptions of <c>Match</c>, and is cancelled when the token is cancelled.</remarks>
    public Task<Pairing> MatchAsync(
        IEnumerable<Participant> participants, IProgress<MatchingProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(participants);
        Participant[] snapshot = [.. participants];
        return Task.Run(() => Match(snapshot, progress, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// <see cref="Match(IEnumerable{Participant}, CancellationToken)"/> on a thread-pool thread; see
    /// <see cref="MatchAsync(IEnumerable{Participant}, IProgress{MatchingProgress}?, CancellationToken)"/>.
    /// </summary>
    /// <returns>The same pairing <c>Match</c> gives for the same participants and options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null (thrown at once).</exception>
    public Task<Pairing> MatchAsync(IEnumerable<Participant> participants, CancellationToken cancellationToken = default) =>
        MatchAsync(participants, null, cancellationToken);

    /// <summary>
    /// <see cref="Match(Cohort, IProgress{MatchingProgress}?, CancellationToken)"/> on a thread-pool thread
    /// (<c>Task.Run</c>): the work is CPU-bound, so this keeps the caller's thread
    /// free, not the machine. Progress is reported from the pool thread.
    /// </summary>
    /// <returns>The same pairing <c>Match</c> gives for the same cohort and options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null (thrown at once).</exception>
    /// <remarks>The task faults with the exceptions of <c>Match</c>, and is cancelled when the token is cancelled.</remarks>
    public Task<Pairing> MatchAsync(Cohort cohort, IProgress<MatchingProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return Task.Run(() => Match(cohort, progress, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// <see cref="Match(Cohort, CancellationToken)"/> on a thread-pool thread; see
    /// <see cref="MatchAsync(Cohort, IProgress{MatchingProgress}?, CancellationToken)"/>.
    /// </summary>
    /// <returns>The same pairing <c>Match</c> gives for the same cohort and options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null (thrown at once).</exception>
    public Task<Pairing> MatchAsync(Cohort cohort, CancellationToken cancellationToken = default) =>
        MatchAsync(cohort, null, cancellationToken);

    /// <summary>Pairs an already validated cohort.</summary>
    /// <exception cref="MatchingInputException">A pinned pair names an unknown person, breaks a rule, is given twice or goes past a capacity, or the pinned pairs
    /// and the side constraints cannot all hold (the message names the side constraints), or the cohort has more pairs than
    /// <see cref="Eligibility.MaxPairs"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Pairing Match(Cohort cohort, CancellationToken cancellationToken = default) =>
        Match(cohort, null, cancellationToken);

    /// <summary>
    /// Pairs an already validated cohort, reporting each stage to <paramref name="progress"/> as it begins
    /// (<see cref="MatchingStage"/> order, then <see cref="MatchingStage.Completed"/>). The token is checked between stages,
    /// at every mentee row in the rules and scoring stages, and inside the solver; once the explaining stage has begun
    /// (a fraction of a second) the finished pairing is returned. An OR-Tools solve cannot
    /// itself be interrupted: the call throws at once and the solve finishes on its own thread.
    /// </summary>
    /// <exception cref="MatchingInputException">A pinned pair names an unknown person, breaks a rule, is given twice or goes past a capacity, or the pinned pairs
    /// and the side constraints cannot all hold (the message names the side constraints), or the cohort has more pairs than
    /// <see cref="Eligibility.MaxPairs"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="TimeoutException">CP-SAT found no pairing at all within its time limit (only when dropping pairs from
    /// the flow optimum cannot meet the side constraints either).</exception>
    public Pairing Match(Cohort cohort, IProgress<MatchingProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return Track(() => cohort, progress, cancellationToken);
    }

    private Pairing Track(Func<Cohort> validate, IProgress<MatchingProgress>? progress, CancellationToken cancellationToken)
    {
        var run = new MatchingRun(_logger, Options, progress, cancellationToken);
        try
        {
            run.Begin(MatchingStage.Validate);
            return Run(validate(), run, cancellationToken);
        }
        catch (Exception e) when (run.Failed(e))
        {
            throw;
        }
    }

    private Pairing Run(Cohort cohort, MatchingRun run, CancellationToken cancellationToken)
    {
        run.Started(cohort);
        var prepared = Prepare(cohort, run.Begin, cancellationToken);
        run.Begin(MatchingStage.Solving);
        var solved = Options.Solver.Solve(prepared.Problem, cancellationToken);
        run.Solved(solved);
        if (solved.Status == SolverStatus.Infeasible)
        {
            throw InfeasibleError(solved);
        }

        run.Begin(MatchingStage.Explaining);
        // Only a stable run promises stability, so only there is the check worth its cost; the optimal solve, which
        // costs more than the stable solve, only when asked for.
        var stability = Options.Solver is StableSolver
            ? StabilityReport.Analyze(prepared.Problem, solved, Options.CompareWithOptimum, cancellationToken)
            : null;
        var pairing = Explain(prepared, solved, run.Elapsed, stability);
        run.Finished(pairing);
        return pairing;
    }

    /// <summary>
    /// The stages before the solver: rules, pinned pairs, scores and the problem the solver gets. The explorations
    /// (why-not, re-match, alternatives) start here and solve variants of the problem.
    /// </summary>
    /// <param name="cohort">The validated cohort.</param>
    /// <param name="begin">Told as the scoring stage begins (progress and logs of a tracked run); null for none.</param>
    /// <param name="cancellationToken">Checked at every mentee row.</param>
    internal PreparedRun Prepare(Cohort cohort, Action<MatchingStage>? begin, CancellationToken cancellationToken)
    {
        begin?.Invoke(MatchingStage.Rules);
        var eligibility = Eligibility.Evaluate(cohort, Options.Rules, cancellationToken);
        int[] menteeCapacities = [.. cohort.Mentees.Select(p => Options.MenteeCapacity ?? p.Capacity)];
        int[] mentorCapacities = [.. cohort.Mentors.Select(p => Options.MentorCapacity ?? p.Capacity)];
        var pinned = Options.PinnedPairs.Select((p, i) => PinnedCell(eligibility, p, i)).ToArray();
        CheckPinnedLoads(cohort, pinned, menteeCapacities, mentorCapacities);
        begin?.Invoke(MatchingStage.Scoring);
        var scores = CohortScores.Compute(eligibility, Options.Scorer, cancellationToken);
        var problem = new PairingProblem(
            scores.Matrix,
            menteeCapacities,
            mentorCapacities,
            pinned,
            Options.Objective,
            Options.Priority,
            Options.MinimumScore,
            SideConstraintsFor(
                Options.SideConstraints,
                [.. cohort.Mentees.Select(p => Labels.Key(p.Department))],
                [.. cohort.Mentors.Select(p => Labels.Key(p.Department))]));
        return new PreparedRun(cohort, scores, problem, Options.Solver);
    }

    /// <summary>The error of a solve the side constraints made infeasible, naming them as options.</summary>
    internal static MatchingInputException InfeasibleError(SolverResult solved)
    {
        return new MatchingInputException(
            SolvingText.SideConstraintsCannotHold(solved));
    }

    /// <summary>
    /// The pairing of a solve of <paramref name="prepared"/>'s problem or of a variant of it (same rows and columns):
    /// each pair with its exact score and breakdown, the unmatched with reasons from the prepared problem.
    /// </summary>
    internal static Pairing Explain(PreparedRun prepared, SolverResult solved, TimeSpan elapsed, StabilityReport? stability = null)
    {
        var (cohort, scores) = (prepared.Cohort, prepared.Scores);
        var pairs = solved.Pairs
            .Select(p => new MatchedPair(
                cohort.Mentees[p.Mentee].Id, cohort.Mentors[p.Mentor].Id, scores.Score(p.Mentee, p.Mentor), scores.Breakdown(p.Mentee, p.Mentor)))
            .ToArray();
        var reasons = new UnmatchedReasons(scores.Eligibility, prepared.Problem, timeLimited: solved.Status == SolverStatus.Feasible);
        var pairedMentees = solved.Pairs.Select(p => p.Mentee).ToHashSet();
        var pairedMentors = solved.Pairs.Select(p => p.Mentor).ToHashSet();
        var unmatchedMentees = Enumerable.Range(0, cohort.Mentees.Count).Where(i => !pairedMentees.Contains(i))
            .Select(reasons.ForMentee).ToArray();
        var unmatchedMentors = reasons.ForMentors([.. Enumerable.Range(0, cohort.Mentors.Count).Where(j => !pairedMentors.Contains(j))]);
        return new Pairing(pairs, unmatchedMentees, unmatchedMentors, solved.Status, solved.SolverName, elapsed)
        {
            ObjectiveValue = solved.Objective,
            ObjectiveBound = solved.ObjectiveBound,
            Gap = solved.Gap,
            Stability = stability,
        };
    }

    /// <summary>Departments are upper-cased for the solver, so that they compare ignoring case, as the rules do.</summary>
    private static SideConstraints? SideConstraintsFor(
        SideConstraintOptions? options, IReadOnlyList<string?>? menteeDepartments, IReadOnlyList<string?>? mentorDepartments) =>
        options is null ? null : new SideConstraints(
            menteeDepartments,
            mentorDepartments,
            options.MaxSameDepartmentPairs,
            options.MinCrossDepartmentShare,
            options.BalanceMentorLoad,
            options.MaxMenteesPerDepartmentPerMentor,
            options.CpSatTimeLimit,
            options.CpSatDeterministicTimeLimit);

    /// <summary>
    /// An error about the pinned pair at <paramref name="index"/> of <see cref="MatchingOptions.PinnedPairs"/>; the index
    /// goes in <see cref="Exception.Data"/> under <see cref="PinnedPairIndexKey"/>, so that a config reader can say where
    /// the pair was written (the exception stays a plain <see cref="MatchingInputException"/>).
    /// </summary>
    private static MatchingInputException PinnedPairError(int index, string message)
    {
        var error = new MatchingInputException(message);
        error.Data[PinnedPairIndexKey] = index;
        return error;
    }

    private static SolvedPair PinnedCell(Eligibility eligibility, ParticipantPair pair, int index)
    {
        var cohort = eligibility.Cohort;
        var mentee = IndexOf(cohort.Mentees, pair.MenteeId, "mentee", pair, index);
        var mentor = IndexOf(cohort.Mentors, pair.MentorId, "mentor", pair, index);
        var broken = eligibility.Rules.Where(r => !r.Allows(cohort.Mentors[mentor], cohort.Mentees[mentee], cohort)).ToArray();
        if (broken.Length > 0)
        {
            throw PinnedPairError(
                index,
                $"The pinned pair {pair} breaks the rule '{broken[0].Name}' ({broken[0].ExclusionReason}): "
                + $"rules 'pinned' and '{string.Join("', '", broken.Select(r => r.Name))}' cannot both hold.");
        }

        return new SolvedPair(mentee, mentor);
    }

    /// <summary>
    /// A pinned pair given twice, or one past a participant's capacity, is an error about that entry (the second one, the
    /// first one over); checked here, in participant terms, so that a config reader can place it.
    /// </summary>
    private void CheckPinnedLoads(Cohort cohort, SolvedPair[] pinned, int[] menteeCapacities, int[] mentorCapacities)
    {
        var seen = new HashSet<SolvedPair>();
        var menteeLoad = new int[menteeCapacities.Length];
        var mentorLoad = new int[mentorCapacities.Length];
        for (var k = 0; k < pinned.Length; k++)
        {
            var (pair, cell) = (Options.PinnedPairs[k], pinned[k]);
            if (!seen.Add(cell))
            {
                throw PinnedPairError(k, $"The pinned pair {pair} is given twice.");
            }

            if (++menteeLoad[cell.Mentee] > menteeCapacities[cell.Mentee])
            {
                throw PinnedPairError(k, OverCapacity(pair, "mentee", pair.MenteeId, menteeCapacities[cell.Mentee]));
            }

            if (++mentorLoad[cell.Mentor] > mentorCapacities[cell.Mentor])
            {
                throw PinnedPairError(k, OverCapacity(pair, "mentor", pair.MentorId, mentorCapacities[cell.Mentor]));
            }
        }
    }

    private static string OverCapacity(ParticipantPair pair, string role, string id, int capacity) =>
        $"The pinned pair {pair} goes over the capacity of {role} '{id}': {capacity} partner{(capacity == 1 ? string.Empty : "s")}, all pinned already.";

    private static int IndexOf(IReadOnlyList<Participant> side, string id, string role, ParticipantPair pair, int index)
    {
        for (var k = 0; k < side.Count; k++)
        {
            if (side[k].Id == id)
            {
                return k;
            }
        }

        throw PinnedPairError(index, $"The pinned pair {pair} names '{id}', who is not a {role} of the cohort.");
    }
}
