using MathNet.Numerics.LinearAlgebra;

namespace ReverseMentoring.Matching.Analytics;

/// <summary>
/// Least squares with a free intercept and non-negative slopes: minimises <c>Σ (y − a − X·b)²</c> over any
/// <c>a</c> and <c>b ≥ 0</c>.
/// </summary>
/// <remarks>
/// Centring the columns and <c>y</c> removes the intercept. The optimum then is the unconstrained least-squares
/// solution on some set of columns (its non-zero slopes), and by Carathéodory a linearly independent one, so trying
/// every independent set (QR on each) and keeping the best whose slopes are all at least 0 is exact. That is
/// 2^k small solves: fine for the handful of components a composite scorer has, hence the limit.
/// </remarks>
internal static class NonNegativeLeastSquares
{
    public const int MaxColumns = 12;

    /// <summary>The fit on the rows <paramref name="rows"/> of <paramref name="x"/> and <paramref name="y"/>.</summary>
    public static (double Intercept, double[] Slopes) Fit(double[][] x, double[] y, IReadOnlyList<int> rows)
    {
        var k = x[rows[0]].Length;
        if (k > MaxColumns)
        {
            throw new ArgumentOutOfRangeException(nameof(x), k, $"At most {MaxColumns} columns.");
        }

        var n = rows.Count;
        var means = new double[k];
        double yMean = 0;
        foreach (var r in rows)
        {
            yMean += y[r] / n;
            for (var c = 0; c < k; c++)
            {
                means[c] += x[r][c] / n;
            }
        }

        var centred = Matrix<double>.Build.Dense(n, k, (i, c) => x[rows[i]][c] - means[c]);
        var target = Vector<double>.Build.Dense(n, i => y[rows[i]] - yMean);

        // The empty set (every slope 0, predict the mean) is always allowed; smaller sets first, and a larger one must
        // do strictly better, so a component that adds nothing keeps slope 0.
        var best = new double[k];
        var bestError = target.DotProduct(target);
        foreach (var set in Enumerable.Range(1, (1 << k) - 1).OrderBy(set => System.Numerics.BitOperations.PopCount((uint)set)))
        {
            var columns = Enumerable.Range(0, k).Where(c => (set & (1 << c)) != 0).ToArray();
            if (columns.Length > n)
            {
                continue;
            }

            var sub = Matrix<double>.Build.Dense(n, columns.Length, (i, j) => centred[i, columns[j]]);
            if (sub.Rank() < columns.Length)
            {
                continue; // dependent columns: an independent subset reaches the same fit
            }

            var slopes = sub.QR().Solve(target);
            if (slopes.Any(s => s < 0))
            {
                continue;
            }

            var residual = (sub * slopes) - target;
            var error = residual.DotProduct(residual);
            if (error < bestError * (1 - 1e-12))
            {
                bestError = error;
                best = new double[k];
                for (var j = 0; j < columns.Length; j++)
                {
                    best[columns[j]] = slopes[j];
                }
            }
        }

        var intercept = yMean;
        for (var c = 0; c < k; c++)
        {
            intercept -= best[c] * means[c];
        }

        return (intercept, best);
    }

    /// <summary><c>intercept + Σ slopes · values</c>.</summary>
    public static double Predict(double intercept, double[] slopes, double[] values)
    {
        var prediction = intercept;
        for (var c = 0; c < slopes.Length; c++)
        {
            prediction += slopes[c] * values[c];
        }

        return prediction;
    }
}
