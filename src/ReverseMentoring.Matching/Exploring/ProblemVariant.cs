using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>
/// A problem changed in the three ways the explorations need, everything else (capacities, objective, priority,
/// minimum score, side constraints, the problem's own pinned pairs) kept: more pairs pinned, cells forbidden, and a
/// bonus on some cells. The variant is solved by the same solver on the same path as the original.
/// </summary>
internal static class ProblemVariant
{
    /// <summary>The variant of <paramref name="problem"/>; the score matrix is shared when no cell changes.</summary>
    /// <param name="problem">The original.</param>
    /// <param name="pinned">Cells to pin besides the problem's own (a cell already pinned is not pinned twice).</param>
    /// <param name="forbidden">Cells to mark not allowed.</param>
    /// <param name="bonusCells">Cells whose score gets <paramref name="bonus"/> added; only cells the original lets a
    /// solver pair (allowed, not below the floor) get it, so that a bonus never opens a cell the floor closes.</param>
    /// <param name="bonus">What each bonus cell gains; at least 0.</param>
    /// <exception cref="Model.MatchingInputException">A pinned cell is forbidden or not allowed, or the pins go over a capacity.</exception>
    public static PairingProblem Of(
        PairingProblem problem,
        IEnumerable<SolvedPair>? pinned = null,
        IEnumerable<SolvedPair>? forbidden = null,
        IEnumerable<SolvedPair>? bonusCells = null,
        double bonus = 0)
    {
        var forbid = forbidden?.ToArray() ?? [];
        var raise = bonus > 0 ? bonusCells?.Where(c => problem.IsPairable(c.Mentee, c.Mentor)).ToArray() ?? [] : [];
        var scores = problem.Scores;
        if (forbid.Length > 0 || raise.Length > 0)
        {
            var cells = scores.CopyCells();
            var columns = scores.MentorCount;
            foreach (var cell in raise.Distinct())
            {
                cells[((long)cell.Mentee * columns) + cell.Mentor] += bonus;
            }

            foreach (var cell in forbid)
            {
                cells[((long)cell.Mentee * columns) + cell.Mentor] = double.NaN;
            }

            scores = new ScoreMatrix(scores.MenteeIds, scores.MentorIds, cells);
        }

        var pins = problem.PinnedPairs.Concat(pinned ?? []).Distinct().ToArray();
        return new PairingProblem(
            scores,
            problem.MenteeCapacities,
            problem.MentorCapacities,
            pins,
            problem.Objective,
            problem.Priority,
            problem.MinimumScore,
            problem.SideConstraints);
    }

    /// <summary>The total of <paramref name="pairs"/> on the original's matrix (bonuses not counted).</summary>
    public static double Total(PairingProblem problem, IEnumerable<SolvedPair> pairs) =>
        pairs.Sum(p => problem.Scores[p.Mentee, p.Mentor]);
}
