using System.Numerics;
using System.Runtime.InteropServices;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The arcs of the full network that the candidate network leaves out, produced one row at a time from the grid:
/// row → column for every open cell outside the candidates, between a row and a column with capacity left, at the
/// cell's pair cost. Only the arcs a search needs are produced: those with a negative reduced cost under the given
/// node distances. Nothing n × m-sized is stored.
/// </summary>
/// <remarks>
/// Pricing reads every cell of the grid each round, so a row is first filtered with SIMD in double precision: a cell
/// passes when its scaled score plus a slack for rounding could exceed the row's and column's distances; only
/// passing cells (a handful per row once the flow is near optimal) get the exact integer check. The slack (2 cost
/// units plus 1e-9 of the magnitudes involved) covers the rounding of the score to its cost (at most 1 unit) and
/// the double arithmetic, so the filter never drops an arc the exact check would keep.
/// </remarks>
internal sealed class FullRows
{
    private const double RelativeSlack = 1e-9;

    private readonly Grid _grid;
    private readonly CostScaling _scaling;
    private readonly CandidateArcs _candidates;
    private readonly double[] _row;
    private readonly double[] _columnTerm; // -distance of each column node; +inf for a column without capacity
    private readonly bool[] _isCandidate;
    private readonly List<(int Head, long Cost)> _arcs = [];
    private long[] _distance = [];

    public FullRows(Grid grid, CostScaling scaling, CandidateArcs candidates)
    {
        _grid = grid;
        _scaling = scaling;
        _candidates = candidates;
        _row = new double[grid.Columns];
        _columnTerm = new double[grid.Columns];
        _isCandidate = new bool[grid.Columns];
    }

    public bool IsRow(int node) => node >= CandidateNetwork.RowNode(0) && node < CandidateNetwork.RowNode(_grid.Rows);

    /// <summary>
    /// The left-out arcs of one row node whose reduced cost <c>cost + distance[node] − distance[head]</c> is negative,
    /// as (head node, cost), in column order; valid until the next call.
    /// </summary>
    public List<(int Head, long Cost)> NegativeArcs(int node, long[] distance)
    {
        _arcs.Clear();
        _distance = distance;
        var r = node - CandidateNetwork.RowNode(0);
        if (_grid.RowCapacity[r] <= 0)
        {
            return _arcs;
        }

        // reduced < 0  <=>  B + q(score) > distance[node] - distance[head], with q(score) <= score · S / M + 1.
        var firstColumn = CandidateNetwork.ColumnNode(_grid, 0);
        var heads = distance.AsSpan(firstColumn, _grid.Columns);
        var largestTerm = 0.0;
        for (var c = 0; c < _columnTerm.Length; c++)
        {
            _columnTerm[c] = _grid.ColumnCapacity[c] > 0 ? -(double)heads[c] : double.PositiveInfinity;
            largestTerm = _grid.ColumnCapacity[c] > 0 ? Math.Max(largestTerm, Math.Abs(_columnTerm[c])) : largestTerm;
        }

        var rowTerm = (double)distance[node] - _scaling.PairBonus;
        var slack = 2 + (RelativeSlack * (Math.Abs(rowTerm) + largestTerm + _scaling.Resolution));
        var perScore = _scaling.Largest > 0 ? _scaling.Resolution / _scaling.Largest : 0;

        foreach (var c in _candidates.ColumnsOf(r))
        {
            _isCandidate[c] = true;
        }

        if (_grid.TryRawSingles(r, out var singles))
        {
            Filter(singles, r, rowTerm - slack, perScore, distance[node], firstColumn);
        }
        else
        {
            _grid.ReadRow(r, _row);
            Filter(_row, r, rowTerm - slack, perScore, distance[node], firstColumn);
        }

        foreach (var c in _candidates.ColumnsOf(r))
        {
            _isCandidate[c] = false;
        }

        return _arcs;
    }

    private void Filter(ReadOnlySpan<float> scores, int r, double bar, double perScore, long tail, int firstColumn)
    {
        var width = Vector<float>.Count;
        var half = Vector<double>.Count;
        var terms = MemoryMarshal.Cast<double, Vector<double>>(_columnTerm.AsSpan());
        var c = 0;
        for (; c + width <= scores.Length; c += width)
        {
            Vector.Widen(new Vector<float>(scores[c..]), out var low, out var high);
            var pass = Vector.BitwiseOr(
                Vector.GreaterThan(low * perScore, new Vector<double>(bar) + terms[c / half]),
                Vector.GreaterThan(high * perScore, new Vector<double>(bar) + terms[(c / half) + 1]));
            if (pass != Vector<long>.Zero)
            {
                for (var k = c; k < c + width; k++)
                {
                    Check(r, k, scores[k], tail, firstColumn);
                }
            }
        }

        for (; c < scores.Length; c++)
        {
            Check(r, c, scores[c], tail, firstColumn);
        }
    }

    private void Filter(ReadOnlySpan<double> scores, int r, double bar, double perScore, long tail, int firstColumn)
    {
        var width = Vector<double>.Count;
        var terms = MemoryMarshal.Cast<double, Vector<double>>(_columnTerm.AsSpan());
        var c = 0;
        for (; c + width <= scores.Length; c += width)
        {
            if (Vector.GreaterThanAny(new Vector<double>(scores[c..]) * perScore, new Vector<double>(bar) + terms[c / width]))
            {
                for (var k = c; k < c + width; k++)
                {
                    Check(r, k, scores[k], tail, firstColumn);
                }
            }
        }

        for (; c < scores.Length; c++)
        {
            Check(r, c, scores[c], tail, firstColumn);
        }
    }

    /// <summary>The exact check: an open cell outside the candidates, towards a column with capacity, reduced cost below 0.</summary>
    private void Check(int r, int c, double score, long tail, int firstColumn)
    {
        if (double.IsNaN(score) || _isCandidate[c] || _grid.ColumnCapacity[c] <= 0 || !_grid.IsOpen(r, c))
        {
            return;
        }

        var cost = _scaling.PairCost(score);
        if (cost + tail - _distance[firstColumn + c] < 0)
        {
            _arcs.Add((firstColumn + c, cost));
        }
    }
}
