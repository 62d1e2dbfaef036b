namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The side constraints of one solve in the grid's canonical order: group labels become small integers shared by
/// both sides (-1 unknown), and the pinned pairs (already taken out of the grid) are kept because they count
/// toward every quota and every mentor's load.
/// </summary>
internal sealed class GridSide
{
    private GridSide(SideConstraints constraints, int[] rowGroups, int[] columnGroups, IReadOnlyList<SolvedPair> pinned)
    {
        Constraints = constraints;
        RowGroups = rowGroups;
        ColumnGroups = columnGroups;
        Pinned = pinned;
    }

    public SideConstraints Constraints { get; }

    public int[] RowGroups { get; }

    public int[] ColumnGroups { get; }

    public IReadOnlyList<SolvedPair> Pinned { get; }

    public static GridSide For(SideConstraints constraints, int[] rows, int[] columns, IReadOnlyList<SolvedPair> canonicalPinned)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Intern(string? label) => label is null ? -1 : ids.TryGetValue(label, out var id) ? id : ids[label] = ids.Count;
        int[] Groups(IReadOnlyList<string?>? labels, int[] order) =>
            [.. order.Select(k => labels is null ? -1 : Intern(labels[k]))];
        return new GridSide(constraints, Groups(constraints.MenteeDepartments, rows), Groups(constraints.MentorDepartments, columns), canonicalPinned);
    }

    /// <summary>Same-group: both labels known and equal.</summary>
    public bool IsSameGroup(int row, int column) => RowGroups[row] >= 0 && RowGroups[row] == ColumnGroups[column];
}
