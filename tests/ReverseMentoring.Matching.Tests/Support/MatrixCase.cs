using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>A random score matrix for solver properties, with a row and a column permutation for shuffle tests.</summary>
public sealed class MatrixCase
{
    public MatrixCase(string kind, double?[,] scores, int[] rowOrder, int[] columnOrder)
    {
        Kind = kind;
        Scores = scores;
        RowOrder = rowOrder;
        ColumnOrder = columnOrder;
    }

    public string Kind { get; }

    public double?[,] Scores { get; }

    public int[] RowOrder { get; }

    public int[] ColumnOrder { get; }

    public int Rows => Scores.GetLength(0);

    public int Columns => Scores.GetLength(1);

    /// <summary>Row ids: deliberately not in the same ordinal order as the row indices.</summary>
    public string[] MenteeIds => [.. Enumerable.Range(0, Rows).Select(MenteeId)];

    public string[] MentorIds => [.. Enumerable.Range(0, Columns).Select(MentorId)];

    public static string MenteeId(int row) => $"exec-{(row * 5) % 11}-{row}";

    public static string MentorId(int column) => $"jr-{(column * 3) % 7}-{column}";

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Kind} {Rows}x{Columns}");
        for (var i = 0; i < Rows; i++)
        {
            text.Append("\n  [");
            for (var j = 0; j < Columns; j++)
            {
                text.Append(Scores[i, j] is { } s ? s.ToString("R", CultureInfo.InvariantCulture) : "x").Append(j + 1 < Columns ? ", " : string.Empty);
            }

            text.Append(']');
        }

        text.Append(CultureInfo.InvariantCulture, $"\n  rows {string.Join(",", RowOrder)} cols {string.Join(",", ColumnOrder)}");
        return text.ToString();
    }
}

/// <summary>FsCheck arbitraries for solver properties: bounded shapes 0..7 × 0..7 and several value regimes.</summary>
public static class MatrixArbitraries
{
    private static readonly string[] Kinds =
        ["uniform", "positive", "ties", "signed-ties", "tiny", "tiny-ties", "huge", "huge-ties", "mixed"];

    public static Arbitrary<MatrixCase> Matrices() => MatrixGen.ToArbitrary();

    public static Gen<MatrixCase> MatrixGen =>
        from rows in Gen.Choose(0, 7)
        from columns in Gen.Choose(0, 7)
        from kind in Gen.Elements(Kinds)
        from forbiddenPercent in Gen.Elements(0, 0, 10, 30, 60, 90, 100)
        from cells in Cell(kind, forbiddenPercent).ArrayOf(rows * columns)
        from rowOrder in Gen.Shuffle(Enumerable.Range(0, rows))
        from columnOrder in Gen.Shuffle(Enumerable.Range(0, columns))
        select new MatrixCase(kind, ToMatrix(rows, columns, cells), rowOrder, columnOrder);

    private static Gen<double> Unit => Gen.Choose(-1_000_000, 1_000_000).Select(x => x / 1e6);

    private static Gen<double> Value(string kind) => kind switch
    {
        "uniform" => Unit,
        "positive" => Gen.Choose(0, 1000).Select(x => x / 1000.0),
        "ties" => Gen.Elements(0.0, 0.5, 1.0),
        "signed-ties" => Gen.Elements(-1.0, 0.0, 1.0),
        "tiny" => Unit.Select(x => x * 1e-6),
        "tiny-ties" => Gen.Elements(1e-6, 2e-6, -1e-6),
        "huge" => Unit.Select(x => x * 1e10),
        "huge-ties" => Gen.Elements(1e10, 2e10, -1e10),
        "mixed" => Gen.Elements(1e-6, 1.0, 1e10).SelectMany(scale => Unit.Select(x => x * scale)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static Gen<double?> Cell(string kind, int forbiddenPercent) =>
        from roll in Gen.Choose(0, 99)
        from value in Value(kind)
        select roll < forbiddenPercent ? (double?)null : value;

    private static double?[,] ToMatrix(int rows, int columns, double?[] cells)
    {
        var matrix = new double?[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                matrix[i, j] = cells[(i * columns) + j];
            }
        }

        return matrix;
    }
}
