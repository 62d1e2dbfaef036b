using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Chooses pairs from a score matrix. Built-ins are in <see cref="PairingSolvers"/>.
/// </summary>
/// <remarks>
/// Every solver sees the matrix with rows and columns sorted by id (ordinal) before it runs. That is where
/// ties are broken: the same input in any row or column order gives the same pairs.
/// </remarks>
public abstract class PairingSolver
{
    private protected PairingSolver()
    {
    }

    /// <summary>The solver's name, as reported in results.</summary>
    public abstract string Name { get; }

    /// <summary>Solves the pairing for <paramref name="matrix"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public SolverResult Solve(ScoreMatrix matrix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        cancellationToken.ThrowIfCancellationRequested();
        var rows = SortedById(matrix.MenteeIds);
        var columns = SortedById(matrix.MentorIds);
        var (status, pairs) = SolveCore(Permute(matrix, rows, columns), cancellationToken);

        // Back to the caller's indices, in id order (the canonical rows and columns already are).
        var mapped = pairs.OrderBy(p => p.Mentee).ThenBy(p => p.Mentor)
            .Select(p => new SolvedPair(rows[p.Mentee], columns[p.Mentor]))
            .ToArray();
        return new SolverResult(status, Name, mapped);
    }

    /// <summary>Solves a matrix whose rows and columns are sorted by id; returns canonical indices.</summary>
    private protected abstract (SolverStatus Status, IReadOnlyList<SolvedPair> Pairs) SolveCore(
        ScoreMatrix matrix, CancellationToken cancellationToken);

    private static int[] SortedById(IReadOnlyList<string> ids) =>
        [.. Enumerable.Range(0, ids.Count).OrderBy(k => ids[k], StringComparer.Ordinal)];

    private static ScoreMatrix Permute(ScoreMatrix matrix, int[] rows, int[] columns)
    {
        if (IsIdentity(rows) && IsIdentity(columns))
        {
            return matrix;
        }

        var scores = new double[rows.Length * columns.Length];
        var allowed = new bool[scores.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < columns.Length; j++)
            {
                scores[(i * columns.Length) + j] = matrix[rows[i], columns[j]];
                allowed[(i * columns.Length) + j] = matrix.IsAllowed(rows[i], columns[j]);
            }
        }

        return new ScoreMatrix(
            [.. rows.Select(r => matrix.MenteeIds[r])], [.. columns.Select(c => matrix.MentorIds[c])], scores, allowed);
    }

    private static bool IsIdentity(int[] order)
    {
        for (var k = 0; k < order.Length; k++)
        {
            if (order[k] != k)
            {
                return false;
            }
        }

        return true;
    }
}
