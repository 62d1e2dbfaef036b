namespace ReverseMentoring.Matching.Reporting;

/// <summary>Writes a <see cref="PairingReport"/> as Markdown: tables, and bar charts drawn with block characters.</summary>
internal sealed class MarkdownReportWriter
{
    private const int BarWidth = 30;

    private readonly PairingReport _report;
    private readonly ReportTables _tables;
    private readonly TextWriter _out;

    public MarkdownReportWriter(PairingReport report, TextWriter writer)
    {
        _report = report;
        _tables = new ReportTables(report);
        _out = writer;
    }

    private static string Md(string text) => ReportText.Markdown(text);

    public void Write()
    {
        _out.Write($"# {PairingReport.Title}\n\n");
        Summary();
        Histogram();
        Coverage();
        Departments();
        Pairs();
        Unmatched();
    }

    private void Summary()
    {
        _out.Write("## Summary\n\n");
        Table(new ReportTable(
            null,
            [new(string.Empty), new(string.Empty, IsNumeric: true)],
            [.. _tables.Summary.Select(item => (IReadOnlyList<ReportCell>)[item.Label, item.Value])],
            string.Empty));
        _out.Write('\n');
    }

    private void Histogram()
    {
        _out.Write($"## Score distribution\n\n{ReportDefinitions.Histogram}\n\n");
        var buckets = _report.ScoreHistogram;
        var max = Math.Max(1, buckets.Max(b => b.Count));
        Table(
            new ReportTable(
                null,
                [new("Score"), new("Pairs", IsNumeric: true)],
                [.. buckets.Select(b => (IReadOnlyList<ReportCell>)[ReportText.Bucket(b), ReportText.Int(b.Count)])],
                string.Empty),
            r => Bar(buckets[r].Count, max));
        _out.Write('\n');
    }

    private void Coverage()
    {
        _out.Write($"## Skill-gap coverage\n\n{ReportDefinitions.CoverageIntro}\n\n");
        _out.Write($"- {ReportDefinitions.CoverageNeed}\n- {ReportDefinitions.CoverageCovered}\n- {ReportDefinitions.CoverageRemaining}\n\n");
        if (!WroteEmpty(_tables.Coverage))
        {
            var coverage = _report.SkillCoverage;
            var max = Math.Max(1e-9, coverage.Max(c => c.Need));
            Table(_tables.Coverage, r => Bar(coverage[r].Covered, coverage[r].Remaining, max));
            _out.Write("\n`█` covered, `░` need left after pairing.\n\n");
        }
    }

    private void Departments()
    {
        _out.Write($"## Department mix\n\n{ReportDefinitions.DepartmentMix} Same-department cells are in bold.\n\n");
        if (!WroteEmpty(_tables.Departments))
        {
            Table(_tables.Departments);
            _out.Write('\n');
        }
    }

    private void Pairs()
    {
        _out.Write($"## Pairs\n\n{ReportDefinitions.Why}\n\n");
        if (!WroteEmpty(_tables.Pairs))
        {
            Table(_tables.Pairs);
            _out.Write('\n');
        }
    }

    private void Unmatched()
    {
        // The last section: no blank line after it.
        _out.Write("## Unmatched\n\n");
        if (!WroteEmpty(_tables.Unmatched, end: "\n"))
        {
            Table(_tables.Unmatched);
        }
    }

    private bool WroteEmpty(ReportTable table, string end = "\n\n")
    {
        if (table.Rows.Count > 0)
        {
            return false;
        }

        _out.Write(table.EmptyText + end);
        return true;
    }

    /// <summary>
    /// Writes a pipe table (captions have no place in Markdown), with an unnamed, left-aligned last column from
    /// <paramref name="bar"/> when given: a bar chart drawn next to the numbers.
    /// </summary>
    private void Table(ReportTable table, Func<int, string>? bar = null)
    {
        _out.Write('|');
        foreach (var column in table.Columns)
        {
            _out.Write(column.Header.Length == 0 ? " |" : $" {Md(column.Header)} |");
        }

        _out.Write(bar is null ? "\n|" : " |\n|");
        foreach (var column in table.Columns)
        {
            _out.Write(column.IsNumeric ? " ---: |" : " --- |");
        }

        _out.Write(bar is null ? "\n" : " --- |\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            _out.Write('|');
            foreach (var cell in table.Rows[r])
            {
                var text = string.Join(", ", cell.Items.Select(Md));
                _out.Write(cell.IsHighlighted ? $" **{text}** |" : $" {text} |");
            }

            _out.Write(bar is null ? "\n" : $" {bar(r)} |\n");
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
