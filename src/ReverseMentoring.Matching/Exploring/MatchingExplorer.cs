using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>
/// Questions about a pairing, answered by solving the engine's own problem again with pairs pinned, forbidden or
/// favoured: why not this pair, re-match with little disruption, the k best alternatives. Every answer uses the
/// engine's options (rules, scorer, capacities, pinned pairs, objective, minimum score, side constraints, solver).
/// Thread-safe, as the engine is.
/// </summary>
public sealed class MatchingExplorer
{
    private readonly MatchingEngine _engine;

    /// <summary>Creates an explorer over <paramref name="engine"/>'s options.</summary>
    public MatchingExplorer(MatchingEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
    }

    /// <summary>
    /// Why not <paramref name="menteeId"/> with <paramref name="mentorId"/>? The optimum, and the best pairing with the
    /// pair forced the other way: pinned when the optimum leaves it out, forbidden when the optimum makes it. The
    /// result's <see cref="WhyNotResult.ScoreChange"/> and <see cref="WhyNotResult.PairCountChange"/> are the exact
    /// difference; a pair a rule excludes, or a pinned one, gets no alternative and a reason.
    /// </summary>
    /// <exception cref="MatchingInputException">An id is not a mentee (or mentor) of the cohort, or the engine cannot
    /// pair the cohort at all (as <see cref="MatchingEngine.Match(Cohort, CancellationToken)"/>).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public WhyNotResult WhyNot(Cohort cohort, string menteeId, string mentorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(menteeId);
        ArgumentNullException.ThrowIfNull(mentorId);
        return WhyNotSearch.Ask(Exploration.Start(_engine, cohort, cancellationToken), menteeId.Trim(), mentorId.Trim(), cancellationToken);
    }

    /// <summary>
    /// Re-matches <paramref name="cohort"/> (joiners in it, leavers gone, profiles updated) from the
    /// <paramref name="current"/> pairs: a current pair is kept unless changing it gains more total score than
    /// <see cref="RematchOptions.DisruptionPenalty"/> per broken pair (or, coverage first, pairs more people); locked
    /// pairs always stay. The result lists kept, broken (with reasons) and new pairs.
    /// </summary>
    /// <exception cref="MatchingInputException">The options are out of range, a current pair is given twice, a locked pair
    /// names someone not in the cohort or breaks a rule, locked and pinned pairs go over a capacity, or the engine's
    /// objective is max-min or its solver stable matching.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public RematchResult Rematch(
        Cohort cohort, IEnumerable<ParticipantPair> current, RematchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        options ??= new RematchOptions();
        ArgumentNullException.ThrowIfNull(options.LockedPairs, nameof(options));
        if (!(options.DisruptionPenalty is >= 0 and <= RematchOptions.MaxDisruptionPenalty))
        {
            throw new MatchingInputException(
                ExplorationText.ForUiCulture("PenaltyRange", RematchOptions.MaxDisruptionPenalty, options.DisruptionPenalty));
        }

        var pairs = current.ToArray();
        if (pairs.Any(p => p is null) || options.LockedPairs.Any(p => p is null))
        {
            throw new MatchingInputException(ExplorationText.ForUiCulture("NullPairs"));
        }

        return Rematcher.Rematch(Exploration.Start(_engine, cohort, cancellationToken), pairs, options, cancellationToken);
    }

    /// <summary>
    /// The <see cref="AlternativesOptions.Count"/> best pairings, best first and all different (Murty's ranking, each
    /// part solved by the engine's solver), and per mentee the other partners they get in them with the loss of the best
    /// pairing that gives each one.
    /// </summary>
    /// <exception cref="MatchingInputException">The count is out of range, the engine's objective is max-min or its
    /// solver stable matching, or the engine cannot pair the cohort at all.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public AlternativesResult Alternatives(Cohort cohort, AlternativesOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AlternativesOptions();
        if (options.Count is < 1 or > AlternativesOptions.MaxCount)
        {
            throw new MatchingInputException(
                ExplorationText.ForUiCulture("AlternativesRange", AlternativesOptions.MaxCount, options.Count));
        }

        return AlternativeRanking.Rank(Exploration.Start(_engine, cohort, cancellationToken), options, cancellationToken);
    }
}
