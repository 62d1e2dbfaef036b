namespace ReverseMentoring.Matching.Reporting;

/// <summary>Writes a <see cref="PairingReport"/> as Markdown: tables, and bar charts drawn with block characters.</summary>
internal sealed class MarkdownReportWriter : ReportWriter
{
    private const int BarWidth = 30;

    public MarkdownReportWriter(PairingReport report, TextWriter writer, ReportStrings strings)
        : base(report, writer, strings)
    {
    }

    private static string Md(string text) => ReportText.Markdown(text);

    protected override void Begin() => Out.Write($"# {Strings.Title}\n\n");

    protected override void Summary()
    {
        Out.Write($"## {Strings.SummaryHeading}\n\n");
        Table(new ReportTable(
            null,
            [new(string.Empty), new(string.Empty, IsNumeric: true)],
            [.. Tables.Summary.Select(item => (IReadOnlyList<ReportCell>)[item.Label, item.Value])],
            string.Empty));
        Out.Write('\n');
    }

    protected override void Histogram()
    {
        Out.Write($"## {Strings.DistributionHeading}\n\n{Strings.HistogramDefinition}\n\n");
        var buckets = Report.ScoreHistogram;
        var max = Math.Max(1, buckets.Max(b => b.Count));
        Table(
            new ReportTable(
                null,
                [new(Strings.ColumnScore), new(Strings.ColumnPairs, IsNumeric: true)],
                [.. buckets.Select(b => (IReadOnlyList<ReportCell>)[ReportText.Bucket(b), ReportText.Int(b.Count)])],
                string.Empty),
            r => Bar(buckets[r].Count, max));
        Out.Write('\n');
    }

    protected override void Coverage()
    {
        Out.Write($"## {Strings.CoverageHeading}\n\n{Strings.CoverageIntro}\n\n");
        Out.Write($"- {Strings.CoverageNeed}\n- {Strings.CoverageCovered}\n- {Strings.CoverageRemaining}\n\n");
        if (!WroteEmpty(Tables.Coverage))
        {
            var coverage = Report.SkillCoverage;
            var max = Math.Max(1e-9, coverage.Max(c => c.Need));
            Table(Tables.Coverage, r => Bar(coverage[r].Covered, coverage[r].Remaining, max));
            Out.Write($"\n{Strings.CoverageBarLegend}\n\n");
        }
    }

    protected override void Departments()
    {
        Out.Write($"## {Strings.DepartmentsHeading}\n\n{Strings.DepartmentMixDefinition} {Strings.DepartmentBoldNote}\n\n");
        if (!WroteEmpty(Tables.Departments))
        {
            Table(Tables.Departments);
            Out.Write('\n');
        }
    }

    protected override void Pairs()
    {
        Out.Write($"## {Strings.PairsHeading}\n\n{Strings.WhyDefinition}\n\n");
        if (!WroteEmpty(Tables.Pairs))
        {
            Table(Tables.Pairs);
            Out.Write('\n');
        }
    }

    protected override void Unmatched()
    {
        // The last section: no blank line after it.
        Out.Write($"## {Strings.UnmatchedHeading}\n\n");
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
