using ReverseMentoring.Matching.Analytics;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>A column of a <see cref="ReportTable"/>: its header and whether its cells are numbers (aligned right).</summary>
internal sealed record ReportColumn(string Header, bool IsNumeric = false);

/// <summary>
/// A cell of a <see cref="ReportTable"/>: one text, or a list of texts each format joins its own way. The texts are
/// unescaped; a writer escapes each one. <see cref="IsHighlighted"/> marks a cell to stand out; <see cref="IsInline"/>
/// keeps a list on running lines, comma-separated, rather than one item a line.
/// </summary>
internal sealed record ReportCell(IReadOnlyList<string> Items, bool IsHighlighted = false, bool IsInline = false)
{
    public static implicit operator ReportCell(string text) => new([text]);
}

/// <summary>
/// A table of the report as both formats show it: the same headers, alignment, cell texts and sentence for no rows;
/// only escaping and markup differ between the writers.
/// </summary>
/// <param name="Caption">Said above the table where the format has captions; null for none.</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">A cell per column in every row.</param>
/// <param name="EmptyText">Said instead of the table when it has no rows.</param>
/// <param name="RowHeaders">Whether the first cell of each row names the row.</param>
internal sealed record ReportTable(
    string? Caption,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<IReadOnlyList<ReportCell>> Rows,
    string EmptyText,
    bool RowHeaders = false);

/// <summary>A summary number with its label; <see cref="IsText"/> when the value is words rather than a number.</summary>
internal sealed record SummaryItem(string Label, string Value, bool IsText = false);

/// <summary>The summary and the tables of a <see cref="PairingReport"/>, built once for every format.</summary>
internal sealed class ReportTables
{
    private const int ShownIds = 10;
    private const int ShownDepartments = 3;

    public ReportTables(PairingReport report, ReportStrings? strings = null)
    {
        var s = strings ?? ReportStrings.English;
        Summary = SummaryOf(report, s);
        Coverage = CoverageOf(report.SkillCoverage, s);
        Departments = DepartmentsOf(report.DepartmentMix, s);
        Pairs = PairsOf(report.Pairs, s);
        Unmatched = UnmatchedOf(report.Unmatched, s);
    }

    public IReadOnlyList<SummaryItem> Summary { get; }

    /// <summary>Skill-gap coverage per area; its rows line up with <see cref="PairingReport.SkillCoverage"/>.</summary>
    public ReportTable Coverage { get; }

    /// <summary>
    /// Pairs by mentor department (rows) and mentee department (columns after the first); row r, column c + 1 is
    /// <c>DepartmentMix[r, c]</c>, highlighted where both departments are the same.
    /// </summary>
    public ReportTable Departments { get; }

    public ReportTable Pairs { get; }

    public ReportTable Unmatched { get; }

    private static SummaryItem[] SummaryOf(PairingReport report, ReportStrings s)
    {
        var p = report.Pairing;
        var scores = ScoreStatistics.Of(p);
        return
        [
            new(s.SummaryPairs, ReportText.Int(p.Pairs.Count)),
            new(s.SummaryMentors, ReportText.Int(report.MentorCount)),
            new(s.SummaryMentees, ReportText.Int(report.MenteeCount)),
            new(s.SummaryUnmatchedMentees, ReportText.Int(p.UnmatchedMentees.Count)),
            new(s.SummaryUnmatchedMentors, ReportText.Int(p.UnmatchedMentors.Count)),
            new(s.SummaryTotalScore, ReportText.Score(p.TotalScore)),
            new(s.SummaryMeanScore, ReportText.Score(p.MeanScore)),
            new(s.SummaryMinimumScore, ReportText.Score(p.MinimumScore)),
            new(s.SummaryMedianScore, ReportText.Score(scores?.Median)),
            new(s.SummaryMiddleHalf, scores is null ? ReportText.Score(null) : ReportStrings.Format(s.SummaryRange, ReportText.Score(scores.LowerQuartile), ReportText.Score(scores.UpperQuartile))),
            new(s.SummaryStandardDeviation, ReportText.Score(scores?.StandardDeviation)),
            new(s.SummarySameDepartment, ReportText.Int(report.DepartmentMix.SameDepartmentPairs)),
            new(s.SummarySolver, p.SolverName, IsText: true),
            new(s.SummaryStatus, s.Status(p.Status)),
        ];
    }

    private static ReportTable CoverageOf(IReadOnlyList<SkillCoverage> coverage, ReportStrings s) => new(
        s.CoverageCaption,
        [new(s.ColumnSkillArea), new(s.ColumnLearners, true), new(s.ColumnNeedBefore, true), new(s.ColumnCovered, true), new(s.ColumnNeedAfter, true), new(s.ColumnShareCovered, true)],
        [.. coverage.Select(c => Row(c.Area, ReportText.Int(c.Learners), ReportText.Amount(c.Need), ReportText.Amount(c.Covered),
            ReportText.Amount(c.Remaining), ReportText.Percent(c.Share)))],
        s.CoverageEmpty,
        RowHeaders: true);

    private static ReportTable DepartmentsOf(DepartmentMix mix, ReportStrings s)
    {
        var rows = mix.MentorDepartments.Count == 0 || mix.MenteeDepartments.Count == 0
            ? []
            : mix.MentorDepartments.Select((mentor, r) => (IReadOnlyList<ReportCell>)
                [mentor, .. mix.MenteeDepartments.Select((_, c) => new ReportCell([ReportText.Int(mix[r, c])], mix.IsSameDepartment(r, c)))]);
        return new(
            s.DepartmentsCaption,
            [new(s.ColumnDepartmentCorner), .. mix.MenteeDepartments.Select(d => new ReportColumn(d, true))],
            [.. rows],
            s.DepartmentsEmpty,
            RowHeaders: true);
    }

    /// <summary>Pairs by mentee id, then mentor id, in natural order: ids like 9, 10, 105 read as numbers.</summary>
    private static ReportTable PairsOf(IReadOnlyList<PairBrief> pairs, ReportStrings s) => new(
        null,
        [new(s.ColumnMentor), new(s.ColumnMentee), new(s.ColumnScore, true), new(s.ColumnTopComponents), new(s.ColumnWhy), new(s.ColumnFirstMeeting)],
        [.. pairs
            .OrderBy(p => p.MenteeId, ReportText.NaturalComparer)
            .ThenBy(p => p.MentorId, ReportText.NaturalComparer)
            .Select(p => Row(
                ReportText.Person(p.MentorName, p.MentorId),
                ReportText.Person(p.MenteeName, p.MenteeId),
                ReportText.Score(p.Score),
                new ReportCell([.. p.TopComponents.Select(c => $"{s.Component(c.Name)} {ReportText.Score(c.Value)}")]),
                p.WhyIn(s),
                new ReportCell(p.AgendaIn(s))))],
        s.PairsEmpty);

    /// <summary>
    /// One row per role and cause: on a large cohort hundreds of people share a cause, and one row that says how many
    /// reads better than hundreds of identical ones. Mentees first, then larger groups first.
    /// </summary>
    private static ReportTable UnmatchedOf(IReadOnlyList<UnmatchedBrief> unmatched, ReportStrings s) => new(
        null,
        [new(s.ColumnUnmatched), new(s.ColumnCause), new(s.ColumnWho), new(s.ColumnDepartment)],
        [.. unmatched
            .GroupBy(u => (u.Role, Reason: u.Cause.Format(s.Culture)))
            .Select(g => (g.Key.Reason, People: g.OrderBy(u => u.Id, ReportText.NaturalComparer).ToArray()))
            .OrderBy(g => g.People[0].Role == ParticipantRole.Mentee ? 0 : 1)
            .ThenByDescending(g => g.People.Length)
            .ThenBy(g => g.People[0].Id, ReportText.NaturalComparer)
            .Select(g => Row(
                s.RoleCount(g.People.Length, g.People[0].Role),
                g.Reason,
                Who(g.People, s),
                DepartmentsIn(g.People, s)))],
        s.UnmatchedEmpty);

    /// <summary>
    /// One person by name and id; a group by ids only, the first few and how many more. Each id is an item so that
    /// HTML keeps it whole ("mentor-00042" must not break at its hyphen).
    /// </summary>
    private static ReportCell Who(UnmatchedBrief[] group, ReportStrings s)
    {
        if (group.Length == 1)
        {
            return ReportText.Person(group[0].Name, group[0].Id);
        }

        string[] more = group.Length > ShownIds ? [ReportStrings.Format(s.AndMore, ReportText.Int(group.Length - ShownIds))] : [];
        return new ReportCell([.. group.Take(ShownIds).Select(u => u.Id), .. more], IsInline: true);
    }

    private static string DepartmentsIn(UnmatchedBrief[] group, ReportStrings s)
    {
        var departments = group.Select(u => u.Department).OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(ReportText.NaturalComparer)
            .ToArray();
        return departments.Length switch
        {
            0 => "–",
            <= ShownDepartments => string.Join(", ", departments),
            _ => s.DepartmentCount(departments.Length),
        };
    }

    private static ReportCell[] Row(params ReportCell[] cells) => cells;
}
