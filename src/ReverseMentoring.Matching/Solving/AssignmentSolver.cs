using Google.OrTools.Graph;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Optimal 1:1 pairing with OR-Tools <c>LinearSumAssignment</c>: most pairs first, then the highest total.
/// The matrix is padded to a square with zero-cost slots that stand for "unpaired", so a perfect assignment
/// always exists, whatever the shape and however many pairs the rules forbid.
/// </summary>
internal sealed class AssignmentSolver : PairingSolver
{
    public static AssignmentSolver Instance { get; } = new();

    public override string Name => "LinearSumAssignment";

    private protected override (SolverStatus Status, IReadOnlyList<SolvedPair> Pairs) SolveCore(
        ScoreMatrix matrix, CancellationToken cancellationToken)
    {
        var size = Math.Max(matrix.MenteeCount, matrix.MentorCount);
        if (matrix.AllowedCount == 0)
        {
            return (SolverStatus.Optimal, []);
        }

        for (CostScaling? scaling = CostScaling.For(matrix, size); scaling is { } s; scaling = s.Coarser(size))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var assignment = new LinearSumAssignment();
            for (var i = 0; i < size; i++)
            {
                for (var j = 0; j < size; j++)
                {
                    var real = i < matrix.MenteeCount && j < matrix.MentorCount && matrix.IsAllowed(i, j);
                    assignment.AddArcWithCost(i, j, real ? s.PairCost(matrix[i, j]) : 0);
                }
            }

            var status = assignment.Solve();
            if (status == LinearSumAssignment.Status.OPTIMAL)
            {
                return (SolverStatus.Optimal, RealPairs(matrix, assignment));
            }

            if (status != LinearSumAssignment.Status.POSSIBLE_OVERFLOW)
            {
                throw new InvalidOperationException($"LinearSumAssignment ended with status {status} on a padded square matrix, which always has a perfect assignment.");
            }
        }

        throw new InvalidOperationException("LinearSumAssignment reported a possible overflow at every cost resolution.");
    }

    private static SolvedPair[] RealPairs(ScoreMatrix matrix, LinearSumAssignment assignment)
    {
        var pairs = new List<SolvedPair>();
        for (var i = 0; i < matrix.MenteeCount; i++)
        {
            var j = assignment.RightMate(i);
            if (j < matrix.MentorCount && matrix.IsAllowed(i, j))
            {
                pairs.Add(new SolvedPair(i, j));
            }
        }

        return [.. pairs];
    }
}
