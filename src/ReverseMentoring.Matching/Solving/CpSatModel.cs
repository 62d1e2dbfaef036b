using Google.OrTools.Sat;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The CP-SAT model of one pairing: a Boolean per open cell, capacities, the chosen side constraints and, when asked,
/// the lexicographic objective folded into one integer sum (see <see cref="CpSatSolver"/> for the order).
/// </summary>
internal sealed class CpSatModel
{
    /// <summary>How finely a cross-group share is honoured: 6 decimals.</summary>
    private const long ShareScale = 1_000_000;

    /// <summary>Finest score resolution; the budget below usually allows it on cohort-sized grids.</summary>
    private const double MaxResolution = 1 << 20;

    /// <summary>The objective's coefficients summed over all cells stay below this, far inside int64 and exact in a double.</summary>
    private const double CoefficientBudget = 1L << 50;

    private readonly List<SolvedPair> _cells = [];
    private readonly List<BoolVar> _chosen = [];
    private readonly List<long> _weights = [];
    private IntVar? _maxLoad;
    private long _loadWeight;

    private CpSatModel()
    {
    }

    public CpModel Model { get; } = new();

    /// <summary>Builds the model with the <paramref name="families"/> side constraints, and the objective when asked.</summary>
    public static CpSatModel Build(Grid grid, GridSide side, SideConstraintFamily families, bool? coverageFirst)
    {
        var built = new CpSatModel();
        var model = built.Model;
        for (var i = 0; i < grid.Rows; i++)
        {
            for (var j = 0; j < grid.Columns; j++)
            {
                if (grid.IsOpen(i, j) && grid.RowCapacity[i] > 0 && grid.ColumnCapacity[j] > 0)
                {
                    built._cells.Add(new SolvedPair(i, j));
                    built._chosen.Add(model.NewBoolVar($"x{i}_{j}"));
                }
            }
        }

        built.AddCapacities(grid);
        var constraints = side.Constraints;
        if (families.HasFlag(SideConstraintFamily.MaxSameDepartmentPairs) && constraints.MaxSameDepartmentPairs is { } most)
        {
            var pinnedSame = side.Pinned.Count(p => side.IsSameGroup(p.Mentee, p.Mentor));
            model.Add(built.Sum(c => side.IsSameGroup(c.Mentee, c.Mentor) ? 1 : 0) <= most - pinnedSame);
        }

        if (families.HasFlag(SideConstraintFamily.MinCrossDepartmentShare) && constraints.MinCrossDepartmentShare is { } share)
        {
            // cross ≥ share · pairs, over chosen and pinned pairs, in integers: K · cross − s · pairs ≥ 0.
            var s = ScaledShare(share);
            var pinnedCross = side.Pinned.Count(p => !side.IsSameGroup(p.Mentee, p.Mentor));
            model.Add(built.Sum(c => (side.IsSameGroup(c.Mentee, c.Mentor) ? 0 : ShareScale) - s)
                >= (s * side.Pinned.Count) - (ShareScale * pinnedCross));
        }

        if (families.HasFlag(SideConstraintFamily.MaxMenteesPerDepartmentPerMentor) && constraints.MaxMenteesPerDepartmentPerMentor is { } perGroup)
        {
            built.AddGroupCaps(side, perGroup);
        }

        if (coverageFirst is { } coverage)
        {
            built.AddObjective(grid, side, coverage);
        }

        return built;
    }

    /// <summary>Whether <paramref name="cross"/> of <paramref name="pairs"/> pairs meet the share, in the model's own integers.</summary>
    public static bool MeetsShare(double share, int cross, int pairs) => (ShareScale * cross) - (ScaledShare(share) * pairs) >= 0;

    /// <summary>
    /// Hints <paramref name="pairs"/> as CP-SAT's starting point: every cell chosen there 1, every other cell 0, and the
    /// largest load they give. Without a pairing, the empty one (valid under upper-bound quotas).
    /// </summary>
    public void AddHint(GridSide side, IReadOnlyList<SolvedPair>? pairs)
    {
        var hinted = pairs?.ToHashSet() ?? [];
        for (var k = 0; k < _cells.Count; k++)
        {
            Model.AddHint(_chosen[k], hinted.Contains(_cells[k]) ? 1 : 0);
        }

        if (_maxLoad is not null)
        {
            Model.AddHint(_maxLoad, LargestLoad(side, hinted));
        }
    }

    /// <summary>The objective of a pairing of open cells (pinned pairs left out), as <see cref="ObjectiveOf(CpSolver)"/> computes it.</summary>
    public long ObjectiveOf(GridSide side, IReadOnlyList<SolvedPair> pairs)
    {
        var chosen = pairs.ToHashSet();
        long value = 0;
        for (var k = 0; k < _cells.Count; k++)
        {
            value += chosen.Contains(_cells[k]) ? _weights[k] : 0;
        }

        return _maxLoad is null ? value : value - (_loadWeight * LargestLoad(side, chosen));
    }

    private static long ScaledShare(double share) => (long)Math.Round(share * ShareScale);

    private static int LargestLoad(GridSide side, IEnumerable<SolvedPair> chosen) =>
        chosen.Concat(side.Pinned).CountBy(p => p.Mentor).Select(x => x.Value).DefaultIfEmpty(0).Max();

    /// <summary>What a solve of this model found, read into managed values (the solver is disposed right after).</summary>
    public CpSatAnswer Read(CpSolver solver, CpSolverStatus status) =>
        status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
            ? new CpSatAnswer(status, Chosen(solver), ObjectiveOf(solver), solver.BestObjectiveBound)
            : new CpSatAnswer(status, [], 0, 0);

    /// <summary>The chosen cells of a solved model.</summary>
    private IReadOnlyList<SolvedPair> Chosen(CpSolver solver) =>
        [.. _cells.Where((_, k) => solver.BooleanValue(_chosen[k]))];

    /// <summary>The objective of the solution, computed exactly from the integer weights.</summary>
    private long ObjectiveOf(CpSolver solver)
    {
        long value = 0;
        for (var k = 0; k < _cells.Count; k++)
        {
            value += solver.BooleanValue(_chosen[k]) ? _weights[k] : 0;
        }

        return _maxLoad is null ? value : value - (_loadWeight * solver.Value(_maxLoad));
    }

    /// <summary>Σ coefficient(cell) · x over all cells (or the given ones); zero coefficients are left out.</summary>
    private LinearExprBuilder Sum(Func<SolvedPair, long> coefficient, IEnumerable<int>? cells = null)
    {
        var sum = LinearExpr.NewBuilder(_cells.Count);
        foreach (var k in cells ?? Enumerable.Range(0, _cells.Count))
        {
            if (coefficient(_cells[k]) is var c && c != 0)
            {
                sum.AddTerm(_chosen[k], c);
            }
        }

        return sum;
    }

    private ILookup<TKey, int> CellsBy<TKey>(Func<SolvedPair, TKey> key) =>
        Enumerable.Range(0, _cells.Count).ToLookup(k => key(_cells[k]));

    private void AddCapacities(Grid grid)
    {
        var byRow = CellsBy(c => c.Mentee);
        for (var i = 0; i < grid.Rows; i++)
        {
            Model.Add(Sum(_ => 1, byRow[i]) <= grid.RowCapacity[i]);
        }

        var byColumn = CellsBy(c => c.Mentor);
        for (var j = 0; j < grid.Columns; j++)
        {
            Model.Add(Sum(_ => 1, byColumn[j]) <= grid.ColumnCapacity[j]);
        }
    }

    private void AddGroupCaps(GridSide side, int perGroup)
    {
        // One cap per mentor and known mentee group that has an open cell or a pinned pair there.
        var cells = CellsBy(c => (c.Mentor, side.RowGroups[c.Mentee]));
        var pinned = side.Pinned.ToLookup(p => (p.Mentor, side.RowGroups[p.Mentee]));
        foreach (var key in cells.Select(g => g.Key).Union(pinned.Select(g => g.Key)).Where(k => k.Item2 >= 0))
        {
            Model.Add(Sum(_ => 1, cells[key]) <= perGroup - pinned[key].Count());
        }
    }

    /// <summary>
    /// One integer objective for the lexicographic order. With P the most pairs, S the score resolution and
    /// T = 2·P·S the widest spread of scaled totals: coverage first, each pair earns B = W·L + T + 1 and the largest
    /// load costs W = T + 1 per mentee (when balancing), so a pair beats any load and total, and a unit of load any
    /// total. Quality first there is no bonus, and a unit of scaled score (weighted L + 1) beats any load.
    /// </summary>
    private void AddObjective(Grid grid, GridSide side, bool coverageFirst)
    {
        var pinnedLoad = new int[grid.Columns];
        foreach (var pair in side.Pinned)
        {
            pinnedLoad[pair.Mentor]++;
        }

        var balance = side.Constraints.BalanceMentorLoad;
        var loadLimit = Enumerable.Range(0, grid.Columns).Select(j => pinnedLoad[j] + grid.ColumnCapacity[j]).DefaultIfEmpty(0).Max();
        var pairs = Math.Max(1, grid.PairLimit);
        var resolution = Math.Min(MaxResolution, CoefficientBudget / Math.Max(1, _cells.Count) / ((2.0 * pairs) + 2) / (loadLimit + 2.0));
        var scaling = CostScaling.WithResolution(grid, resolution, coverageFirst);
        var spread = 2L * pairs * (long)scaling.Resolution;
        long pairBonus = 0, scoreWeight = 1;
        if (coverageFirst)
        {
            _loadWeight = balance ? spread + 1 : 0;
            pairBonus = (_loadWeight * loadLimit) + spread + 1;
        }
        else
        {
            _loadWeight = balance ? 1 : 0;
            scoreWeight = balance ? loadLimit + 1 : 1;
        }

        foreach (var cell in _cells)
        {
            _weights.Add(pairBonus + (scoreWeight * scaling.Scaled(grid.Score(cell.Mentee, cell.Mentor))));
        }

        var objective = LinearExpr.NewBuilder(_cells.Count + 1).AddWeightedSum(_chosen, _weights);
        if (balance)
        {
            _maxLoad = Model.NewIntVar(pinnedLoad.DefaultIfEmpty(0).Max(), Math.Max(loadLimit, pinnedLoad.DefaultIfEmpty(0).Max()), "maxLoad");
            var byColumn = CellsBy(c => c.Mentor);
            for (var j = 0; j < grid.Columns; j++)
            {
                Model.Add(Sum(_ => 1, byColumn[j]) + pinnedLoad[j] <= _maxLoad);
            }

            objective.AddTerm(_maxLoad, -_loadWeight);
        }

        Model.Maximize(objective);
    }
}
