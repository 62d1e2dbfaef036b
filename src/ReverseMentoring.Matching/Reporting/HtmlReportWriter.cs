using System.Globalization;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>
/// Writes a <see cref="PairingReport"/> as one HTML page that needs nothing else: inline CSS, inline SVG charts,
/// no scripts, no links to other files. Every element is closed, so the page also parses as XML.
/// </summary>
internal sealed class HtmlReportWriter : ReportWriter
{
    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1e293b; background: #ffffff; margin: 0; line-height: 1.45; }
        main { max-width: 1040px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 1.7rem; margin: 0 0 4px; }
        h2 { font-size: 1.25rem; margin: 36px 0 8px; border-bottom: 2px solid #e2e8f0; padding-bottom: 4px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; margin: 12px 0 0; }
        .cards div { border: 1px solid #e2e8f0; border-radius: 8px; padding: 10px 12px; background: #f8fafc; }
        .cards dt { font-size: .8rem; color: #475569; }
        .cards dd { margin: 2px 0 0; font-size: 1.35rem; font-weight: 600; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
        .cards dd.text { font-size: 1rem; padding-top: 4px; }
        .cards div.wide { grid-column: span 2; }
        figure { margin: 12px 0; }
        svg { max-width: 100%; height: auto; }
        figcaption, .note { color: #475569; font-size: .9rem; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: 10px 0; }
        caption { text-align: left; font-weight: 600; padding: 4px 0; }
        th, td { border: 1px solid #e2e8f0; padding: 6px 8px; text-align: left; vertical-align: top; }
        th { background: #f1f5f9; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .item { white-space: nowrap; }
        table.heat { width: auto; }
        table.heat td { text-align: center; min-width: 4.5em; font-weight: 600; font-variant-numeric: tabular-nums; }
        table.heat td.same { outline: 3px dashed #b45309; outline-offset: -5px; }
        .swatch { display: inline-block; width: 14px; height: 14px; vertical-align: -2px; border: 3px dashed #b45309; }
        footer { margin-top: 40px; color: #64748b; font-size: .8rem; }
        @media print { h2 { break-after: avoid; } table, figure { break-inside: avoid; } }
        """;

    public HtmlReportWriter(PairingReport report, TextWriter writer, ReportStrings strings)
        : base(report, writer, strings)
    {
    }

    private static string E(string text) => ReportText.Html(text);

    protected override void Begin() =>
        Out.Write($"""
            <!DOCTYPE html>
            <html lang="{Strings.Language}">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{E(Strings.Title)}</title>
            <style>
            {Style}
            </style>
            </head>
            <body>
            <main>
            <h1>{E(Strings.Title)}</h1>

            """);

    protected override void End() =>
        Out.Write($"<footer>{E(Strings.Footer)}</footer>\n</main>\n</body>\n</html>\n");

    protected override void Summary()
    {
        Out.Write($"<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">{E(Strings.SummaryHeading)}</h2>\n<dl class=\"cards\">\n");

        // Text cards span two columns: a solver name must not break mid-word.
        foreach (var item in Tables.Summary)
        {
            Out.Write(item.IsText
                ? $"<div class=\"wide\"><dt>{E(item.Label)}</dt><dd class=\"text\">{E(item.Value)}</dd></div>\n"
                : $"<div><dt>{E(item.Label)}</dt><dd>{E(item.Value)}</dd></div>\n");
        }

        Out.Write("</dl>\n</section>\n");
    }

    protected override void Histogram()
    {
        Out.Write($"<section aria-labelledby=\"distribution\">\n<h2 id=\"distribution\">{E(Strings.DistributionHeading)}</h2>\n<figure>\n");
        Out.Write(SvgCharts.Histogram(Report.ScoreHistogram, Strings));
        Out.Write($"<figcaption>{E(Strings.HistogramDefinition)}</figcaption>\n</figure>\n</section>\n");
    }

    protected override void Coverage()
    {
        Out.Write($"<section aria-labelledby=\"coverage\">\n<h2 id=\"coverage\">{E(Strings.CoverageHeading)}</h2>\n");
        Out.Write($"<p>{E(Strings.CoverageIntro)}</p>\n<ul class=\"note\">\n<li>{E(Strings.CoverageNeed)}</li>\n"
            + $"<li>{E(Strings.CoverageCovered)}</li>\n<li>{E(Strings.CoverageRemaining)}</li>\n</ul>\n");
        if (!WroteEmpty(Tables.Coverage))
        {
            Out.Write("<figure>\n");
            Out.Write(SvgCharts.Coverage(Report.SkillCoverage, Strings));
            Out.Write("</figure>\n");
            Table(Tables.Coverage);
        }
    }

    protected override void Departments()
    {
        var mix = Report.DepartmentMix;
        Out.Write($"<section aria-labelledby=\"departments\">\n<h2 id=\"departments\">{E(Strings.DepartmentsHeading)}</h2>\n");
        // The note is escaped first, then the swatch's markup takes the place of its {0}.
        Out.Write($"<p>{E(Strings.DepartmentMixDefinition)} {ReportStrings.Format(E(Strings.DepartmentHeatNote), "<span class=\"swatch\"></span>")}</p>\n");
        if (!WroteEmpty(Tables.Departments))
        {
            // A heat map: the cells are centred by the heat style rather than aligned as numbers.
            Table(Tables.Departments, heat: (cell, r, c) =>
            {
                var count = mix[r, c - 1];
                var label = ReportStrings.Format(Strings.DepartmentCellTitle, mix.MentorDepartments[r], mix.MenteeDepartments[c - 1], ReportText.Int(count));
                return $"{(cell.IsHighlighted ? " class=\"same\"" : string.Empty)} style=\"{HeatStyle(count, mix.Max)}\" title=\"{E(label)}\"";
            });
        }
    }

    protected override void Pairs()
    {
        Out.Write($"<section aria-labelledby=\"pairs\">\n<h2 id=\"pairs\">{E(Strings.PairsHeading)}</h2>\n<p class=\"note\">{E(Strings.WhyDefinition)}</p>\n");
        if (!WroteEmpty(Tables.Pairs))
        {
            Table(Tables.Pairs);
        }
    }

    protected override void Unmatched()
    {
        Out.Write($"<section aria-labelledby=\"unmatched\">\n<h2 id=\"unmatched\">{E(Strings.UnmatchedHeading)}</h2>\n");
        if (!WroteEmpty(Tables.Unmatched))
        {
            Table(Tables.Unmatched);
        }
    }

    /// <summary>Ends the section with the table's sentence for no rows, if it has none.</summary>
    private bool WroteEmpty(ReportTable table)
    {
        if (table.Rows.Count > 0)
        {
            return false;
        }

        Out.Write($"<p>{E(table.EmptyText)}</p>\n</section>\n");
        return true;
    }

    /// <summary>
    /// Writes the table and ends the section. Numeric columns get the <c>num</c> class; with <paramref name="heat"/> the
    /// table is a heat map and each data cell's attributes come from it instead.
    /// </summary>
    private void Table(ReportTable table, Func<ReportCell, int, int, string>? heat = null)
    {
        Out.Write(heat is null ? "<table>\n" : "<table class=\"heat\">\n");
        if (table.Caption is { } caption)
        {
            Out.Write($"<caption>{E(caption)}</caption>\n");
        }

        Out.Write("<thead><tr>");
        foreach (var column in table.Columns)
        {
            Out.Write($"<th scope=\"col\"{(heat is null ? Num(column) : string.Empty)}>{E(column.Header)}</th>");
        }

        Out.Write("</tr></thead>\n<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            Out.Write("<tr>");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = table.Rows[r][c];
                // Each item of a list cell stays on one line ("NetworkReach 0.150" must not wrap mid-item).
                var text = cell.Items.Count > 1
                    ? string.Join(cell.IsInline ? ", " : "<br />", cell.Items.Select(i => $"<span class=\"item\">{E(i)}</span>"))
                    : string.Join("<br />", cell.Items.Select(E));
                Out.Write(c == 0 && table.RowHeaders
                    ? $"<th scope=\"row\">{text}</th>"
                    : $"<td{(heat is null ? Num(table.Columns[c]) : heat(cell, r, c))}>{text}</td>");
            }

            Out.Write("</tr>\n");
        }

        Out.Write("</tbody>\n</table>\n</section>\n");

        static string Num(ReportColumn column) => column.IsNumeric ? " class=\"num\"" : string.Empty;
    }

    /// <summary>
    /// Darker blue for more pairs. The scale has a light half with dark text and a dark half with white text, so every
    /// count keeps a contrast of at least 4.5:1 (no mid-blue where neither text colour reads well).
    /// </summary>
    private static string HeatStyle(int count, int max)
    {
        if (count == 0)
        {
            return "background:#f8fafc;color:#64748b";
        }

        var t = max > 0 ? (double)count / max : 0;
        return t <= 0.5
            ? $"background:{Blend((0xdb, 0xea, 0xfe), (0x93, 0xc5, 0xfd), t / 0.5)};color:#0f172a"
            : $"background:{Blend((0x25, 0x63, 0xeb), (0x1e, 0x3a, 0x8a), (t - 0.5) / 0.5)};color:#ffffff";
    }

    private static string Blend((int R, int G, int B) from, (int R, int G, int B) to, double t)
    {
        int Mix(int a, int b) => (int)Math.Round(a + ((b - a) * t));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(from.R, to.R):x2}{Mix(from.G, to.G):x2}{Mix(from.B, to.B):x2}");
    }
}
