using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReverseMentoring.Matching.Analytics;

namespace ReverseMentoring.Matching.Tests.Analytics;

/// <summary>
/// The fit is checked against the optimality (KKT) conditions of non-negative least squares with a free intercept,
/// not against itself: residuals sum to 0; for a positive slope the residuals are orthogonal to its column; for a zero
/// slope, moving it up would not lower the error (the residuals' product with its column is at most 0).
/// </summary>
public sealed class NonNegativeLeastSquaresTests
{
    [Property(MaxTest = 200)]
    public Property Fit_meets_the_optimality_conditions() =>
        Prop.ForAll(Arb.From(Problems()), problem =>
        {
            var (x, y) = problem;
            var rows = Enumerable.Range(0, y.Length).ToArray();
            var (intercept, slopes) = NonNegativeLeastSquares.Fit(x, y, rows);
            var residuals = rows.Select(i => y[i] - NonNegativeLeastSquares.Predict(intercept, slopes, x[i])).ToArray();
            var scale = 1e-7 * (1 + y.Sum(v => v * v));

            var ok = slopes.All(s => s >= 0) && Math.Abs(residuals.Sum()) <= scale;
            for (var c = 0; c < slopes.Length; c++)
            {
                var gradient = rows.Sum(i => residuals[i] * x[i][c]);
                ok &= slopes[c] > 0 ? Math.Abs(gradient) <= scale : gradient <= scale;
            }

            return ok.Label($"slopes {string.Join(", ", slopes)}");
        });

    // 4 to 12 rows of 1 to 3 columns in [0, 1] (quarters, so ties and constant columns happen), ratings 0 to 5.
    private static Gen<(double[][] X, double[] Y)> Problems() =>
        from columns in Gen.Choose(1, 3)
        from rows in Gen.Choose(4, 12)
        from cells in Gen.Choose(0, 4).Select(v => v / 4.0).ArrayOf(rows * columns)
        from ratings in Gen.Choose(0, 50).Select(v => v / 10.0).ArrayOf(rows)
        select (Enumerable.Range(0, rows).Select(r => cells[(r * columns)..((r + 1) * columns)]).ToArray(), ratings);
}
