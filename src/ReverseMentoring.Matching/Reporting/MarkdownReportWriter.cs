namespace ReverseMentoring.Matching.Reporting;

/// <summary>Writes a <see cref="PairingReport"/> as Markdown: tables, and bar charts drawn with block characters.</summary>
internal sealed class MarkdownReportWriter : ReportWriter
{
    private const int BarWidth = 30;

    public MarkdownReportWriter(PairingReport report, TextWriter writer)
        : base(report, writer)
    {
    }

    private static string Md(string text) => ReportText.Markdown(text);

    protected override void Begin() => Out.Write($"# {PairingReport.Title}\n\n");

    protected override void Summary()
    {
        Out.Write("## Summary\n\n");
        Table(new ReportTable(
            null,
            [new(string.Empty), new(string.Empty, IsNumeric: true)],
            [.. Tables.Summary.Select(item => (IReadOnlyList<ReportCell>)[item.Label, item.Value])],
            string.Empty));
        Out.Write('\n');
    }

    protected override void Histogram()
    {
        Out.Write($"## Score distribution\n\n{ReportDefinitions.Histogram}\n\n");
        var buckets = Report.ScoreHistogram;
        var max = Math.Max(1, buckets.Max(b => b.Count));
        Table(
            new ReportTable(
                null,
                [new("Score"), new("Pairs", IsNumeric: true)],
                [.. buckets.Select(b => (IReadOnlyList<ReportCell>)[ReportText.Bucket(b), ReportText.Int(b.Count)])],
                string.Empty),
            r => Bar(buckets[r].Count, max));
        Out.Write('\n');
    }

    protected override void Coverage()
    {
        Out.Write($"## Skill-gap coverage\n\n{ReportDefinitions.CoverageIntro}\n\n");
        Out.Write($"- {ReportDefinitions.CoverageNeed}\n- {ReportDefinitions.CoverageCovered}\n- {ReportDefinitions.CoverageRemaining}\n\n");
        if (!WroteEmpty(Tables.Coverage))
        {
            var coverage = Report.SkillCoverage;
            var max = Math.Max(1e-9, coverage.Max(c => c.Need));
            Table(Tables.Coverage, r => Bar(coverage[r].Covered, coverage[r].Remaining, max));
            Out.Write("\n`█` covered, `░` need left after pairing.\n\n");
        }
    }

    protected override void Departments()
    {
        Out.Write($"## Department mix\n\n{ReportDefinitions.DepartmentMix} Same-department cells are in bold.\n\n");
        if (!WroteEmpty(Tables.Departments))
        {
            Table(Tables.Departments);
            Out.Write('\n');
        }
    }

    protected override void Pairs()
    {
        Out.Write($"## Pairs\n\n{ReportDefinitions.Why}\n\n");
        if (!WroteEmpty(Tables.Pairs))
        {
            Table(Tables.Pairs);
            Out.Write('\n');
        }
    }

    protected override void Unmatched()
    {
        // The last section: no blank line after it.
        Out.Write("## Unmatched\n\n");
        if (!WroteEmpty(Tables.Unmatched, end: "\n"))
        {
            Table(Tables.Unmatched);
        }
    }

    private bool WroteEmpty(ReportTable table, string end = "\n\n")
    {
        if (table.Rows.Count > 0)
        {
            return false;
        }

        Out.Write(table.EmptyText + end);
        return true;
    }

    /// <summary>
    /// Writes a pipe table (captions have no place in Markdown), with an unnamed, left-aligned last column from
    /// <paramref name="bar"/> when given: a bar chart drawn next to the numbers.
    /// </summary>
    private void Table(ReportTable table, Func<int, string>? bar = null)
    {
        Out.Write('|');
        foreach (var column in table.Columns)
        {
            Out.Write(column.Header.Length == 0 ? " |" : $" {Md(column.Header)} |");
        }

        Out.Write(bar is null ? "\n|" : " |\n|");
        foreach (var column in table.Columns)
        {
            Out.Write(column.IsNumeric ? " ---: |" : " --- |");
        }

        Out.Write(bar is null ? "\n" : " --- |\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            Out.Write('|');
            foreach (var cell in table.Rows[r])
            {
                var text = string.Join(", ", cell.Items.Select(Md));
                Out.Write(cell.IsHighlighted ? $" **{text}** |" : $" {text} |");
            }

            Out.Write(bar is null ? "\n" : $" {bar(r)} |\n");
        }
    }

    private static string Bar(int count, int max) => new('█', (int)Math.Round((double)count / max * BarWidth));

    private static string Bar(double covered, double remaining, double max)
    {
        var full = (int)Math.Round(covered / max * BarWidth);
        var rest = (int)Math.Round((covered + remaining) / max * BarWidth) - full;
        return new string('█', full) + new string('░', Math.Max(0, rest));
    }
}
