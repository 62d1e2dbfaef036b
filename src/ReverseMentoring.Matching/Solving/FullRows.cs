namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The arcs of the full network that the candidate network leaves out, produced one row at a time from the grid:
/// row → column for every open cell outside the candidates, between a row and a column with capacity left, at the
/// cell's pair cost. Nothing n × m-sized is stored.
/// </summary>
internal sealed class FullRows
{
    private readonly Grid _grid;
    private readonly CostScaling _scaling;
    private readonly CandidateArcs _candidates;
    private readonly double[] _row;
    private readonly bool[] _isCandidate;
    private readonly List<(int Head, long Cost)> _arcs = [];

    public FullRows(Grid grid, CostScaling scaling, CandidateArcs candidates)
    {
        _grid = grid;
        _scaling = scaling;
        _candidates = candidates;
        _row = new double[grid.Columns];
        _isCandidate = new bool[grid.Columns];
    }

    public bool IsRow(int node) => node >= CandidateNetwork.RowNode(0) && node < CandidateNetwork.RowNode(_grid.Rows);

    /// <summary>The left-out arcs of one row node, as (head node, cost); valid until the next call.</summary>
    public List<(int Head, long Cost)> Arcs(int node)
    {
        _arcs.Clear();
        var r = node - CandidateNetwork.RowNode(0);
        if (_grid.RowCapacity[r] <= 0)
        {
            return _arcs;
        }

        foreach (var c in _candidates.ColumnsOf(r))
        {
            _isCandidate[c] = true;
        }

        _grid.ReadRow(r, _row);
        for (var c = 0; c < _row.Length; c++)
        {
            if (!double.IsNaN(_row[c]) && !_isCandidate[c] && _grid.ColumnCapacity[c] > 0)
            {
                _arcs.Add((CandidateNetwork.ColumnNode(_grid, c), _scaling.PairCost(_row[c])));
            }
        }

        foreach (var c in _candidates.ColumnsOf(r))
        {
            _isCandidate[c] = false;
        }

        return _arcs;
    }
}
