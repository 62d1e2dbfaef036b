using System.Globalization;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>
/// Re-matches a changed cohort from a current pairing, keeping current pairs unless changing them is worth more than the
/// disruption penalty.
/// </summary>
/// <remarks>
/// <para>
/// The penalty is a bonus: every current pair that can still be made (both people still here, allowed by the rules, not
/// below the floor) gets the penalty p added to its score, and the engine's problem is solved as usual. This is exact:
/// for a pairing M and the keepable current pairs C, the re-match's value is score(M) − p · |C \ M|, the total minus
/// the penalty of every broken pair; and score(M) − p · |C \ M| = score(M) + p · |C ∩ M| − p · |C|, where p · |C| is
/// the same for every M. So the pairing that maximises the scores with the bonus is the one that maximises the
/// re-match's value, and nothing else changes: rules, capacities, floors, side constraints, pinned pairs, and coverage
/// first (most pairs before any score) as the engine's objective says. With p = 0 it is the fresh optimum.
/// </para>
/// <para>
/// A bonus is given only to a cell the floor leaves open, so it never lets a pair below the minimum score back in.
/// Locked pairs are pinned. The max-min objective and stable matching are refused: a bonus would change what they
/// compare, not only the total.
/// </para>
/// </remarks>
internal static class Rematcher
{
    public static RematchResult Rematch(
        Exploration exploration, IReadOnlyList<ParticipantPair> current, RematchOptions options, CancellationToken cancellationToken)
    {
        exploration.RequireTotalObjective("RematchNeedsMaxTotal", "RematchNeedsOptimiser");
        var cohort = exploration.Prepared.Cohort;
        var problem = exploration.Problem;
        var broken = new List<BrokenPair>();
        var keepable = new List<(ParticipantPair Pair, SolvedPair Cell)>();
        var seen = new HashSet<(string, string)>();
        foreach (var pair in current)
        {
            if (!seen.Add((pair.MenteeId, pair.MentorId)))
            {
                throw new MatchingInputException(ExplorationText.ForUiCulture("CurrentPairTwice", pair));
            }

            var mentee = Exploration.IndexOf(cohort.Mentees, pair.MenteeId);
            var mentor = Exploration.IndexOf(cohort.Mentors, pair.MentorId);
            if (mentee is not { } i || mentor is not { } j)
            {
                var gone = mentee is null ? ExplorationText.Of("LeftMentee", pair.MenteeId) : ExplorationText.Of("LeftMentor", pair.MentorId);
                broken.Add(new BrokenPair(pair.MenteeId, pair.MentorId, BreakReason.Left, gone));
            }
            else if (exploration.Exclusion(i, j) is { } exclusion)
            {
                broken.Add(new BrokenPair(pair.MenteeId, pair.MentorId, BreakReason.NotAllowed, exclusion));
            }
            else if (!problem.IsPairable(i, j) && !problem.PinnedPairs.Contains(new SolvedPair(i, j)))
            {
                broken.Add(new BrokenPair(pair.MenteeId, pair.MentorId, BreakReason.BelowMinimumScore, ExplorationText.Of(
                    "BelowMinimumScore", problem.Scores[i, j].ToString("0.###", CultureInfo.InvariantCulture))));
            }
            else
            {
                keepable.Add((pair, new SolvedPair(i, j)));
            }
        }

        var locked = options.LockedPairs.Select(p => Locked(exploration, p)).ToArray();
        var variant = ProblemVariant.Of(problem, pinned: locked, bonusCells: keepable.Select(k => k.Cell), bonus: options.DisruptionPenalty);
        var solved = exploration.Solve(variant, cancellationToken)
            ?? throw new MatchingInputException(ExplorationText.ForUiCulture("LockedSideConstraints"));
        var pairing = solved.Pairing;
        var made = solved.Result.Pairs.ToHashSet();
        foreach (var (pair, cell) in keepable.Where(k => !made.Contains(k.Cell)))
        {
            broken.Add(new BrokenPair(pair.MenteeId, pair.MentorId, BreakReason.Outweighed, ExplorationText.Of(
                "Outweighed", options.DisruptionPenalty.ToString("0.###", CultureInfo.InvariantCulture))));
        }

        var currentKeys = seen;
        var kept = pairing.Pairs.Where(p => currentKeys.Contains((p.MenteeId, p.MentorId))).ToArray();
        var added = pairing.Pairs.Where(p => !currentKeys.Contains((p.MenteeId, p.MentorId))).ToArray();
        var ordered = broken.OrderBy(b => b.MenteeId, StringComparer.Ordinal).ThenBy(b => b.MentorId, StringComparer.Ordinal).ToArray();
        return new RematchResult(pairing, kept, ordered, added, options.DisruptionPenalty);
    }

    private static SolvedPair Locked(Exploration exploration, ParticipantPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var cell = new SolvedPair(exploration.MenteeRow(pair.MenteeId), exploration.MentorColumn(pair.MentorId));
        if (exploration.Exclusion(cell.Mentee, cell.Mentor) is { } exclusion)
        {
            throw new MatchingInputException(ExplorationText.ForUiCulture("LockedNotAllowed", pair, exclusion.Format(CultureInfo.CurrentUICulture)));
        }

        return cell;
    }
}
