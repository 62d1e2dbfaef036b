using System.Text;
using static System.FormattableString;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>
/// The report's charts as inline SVG: titled, with labelled axes and the value printed on every bar, and an
/// accessible name and description (role="img") so a screen reader gets the numbers too.
/// </summary>
internal static class SvgCharts
{
    public const string Bar = "#2563eb";
    public const string Rest = "#fed7aa";
    public const string RestEdge = "#c2410c";
    private const string Ink = "#1e293b";
    private const string Muted = "#475569";
    private const string Grid = "#e2e8f0";
    private const int Width = 720;

    // The legend's second text starts 262 px in.
    private const double LegendSecondText = 262;

    /// <summary>Vertical bars, one per score bucket; y from 0 to a round number at or above the largest count.</summary>
    public static string Histogram(IReadOnlyList<ScoreBucket> buckets, ReportStrings? strings = null)
    {
        var s = strings ?? ReportStrings.English;
        const double left = 64, right = 704, top = 60, bottom = 288;
        var max = buckets.Max(b => b.Count);
        var step = Math.Max(1, (int)Math.Ceiling(max / 5.0));
        var yTop = Math.Max(step, step * (int)Math.Ceiling((double)max / step));
        double Y(double count) => bottom - ((bottom - top) * count / yTop);
        var slot = (right - left) / buckets.Count;

        var description = string.Join("; ", buckets.Select(b => $"{ReportText.Bucket(b)}: {s.PairCount(b.Count)}"));
        var svg = new StringBuilder();
        Open(svg, "histogram", Width, 352, s.DistributionHeading, ReportStrings.Format(s.HistogramChartDescription, description));
        Text(svg, Width / 2.0, 26, s.HistogramChartTitle, "middle", 16, Ink, bold: true);
        for (var tick = 0; tick <= yTop; tick += step)
        {
            Line(svg, left, Y(tick), right, Y(tick), Grid);
            Text(svg, left - 8, Y(tick) + 4, ReportText.Int(tick), "end", 12, Muted);
        }

        for (var k = 0; k < buckets.Count; k++)
        {
            var b = buckets[k];
            var x = left + (k * slot) + (slot * 0.1);
            var height = bottom - Y(b.Count);
            svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{Y(b.Count):0.#}\" width=\"{slot * 0.8:0.#}\" height=\"{height:0.#}\" fill=\"{Bar}\" rx=\"2\">"))
               .Append($"<title>{ReportText.Bucket(b)}: {ReportText.Html(s.PairCount(b.Count))}</title></rect>\n");
            Text(svg, x + (slot * 0.4), Y(b.Count) - 6, ReportText.Int(b.Count), "middle", 13, b.Count > 0 ? Ink : Muted, bold: b.Count > 0);
            Text(svg, x + (slot * 0.4), bottom + 18, ReportText.Bucket(b), "middle", 11, Muted);
        }

        Line(svg, left, bottom, right, bottom, Ink);
        Line(svg, left, top - 8, left, bottom, Ink);
        Text(svg, (left + right) / 2, bottom + 44, s.HistogramXAxis, "middle", 13, Ink, bold: true);
        svg.Append(Invariant($"<text transform=\"rotate(-90)\" x=\"{-(top + bottom) / 2:0.#}\" y=\"20\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"{Ink}\">"))
           .Append(ReportText.Html(s.HistogramYAxis)).Append("</text>\n");
        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>
    /// One horizontal bar per skill area: its length is the need before pairing, the solid part what the mentors cover.
    /// The label column fits the longest area name and the chart widens to fit the longest value text, so no text
    /// runs past the viewBox (the page scales a wider chart down).
    /// </summary>
    public static string Coverage(IReadOnlyList<SkillCoverage> areas, ReportStrings? strings = null)
    {
        var s = strings ?? ReportStrings.English;
        const double margin = 12, gap = 8, minBar = 360, first = 84, rowHeight = 44, barHeight = 24;
        const int labelSize = 13, valueSize = 13, axisSize = 12;
        var axisTitle = s.CoverageChartAxis;
        var labels = areas.Select(a => Shorten(a.Area)).ToArray();
        var values = areas.Select(a =>
            ReportStrings.Format(s.CoverageChartValue, ReportText.Amount(a.Covered), ReportText.Amount(a.Need), ReportText.Percent(a.Share))).ToArray();
        var labelEnd = margin + labels.Max(l => TextWidth(l, labelSize, bold: true));
        var barStart = labelEnd + gap;
        var valueWidth = values.Max(v => TextWidth(v, valueSize));
        var width = (int)Math.Ceiling(Math.Max(Width, barStart + minBar + gap + valueWidth + margin));
        var barEnd = width - margin - valueWidth - gap;
        var max = Math.Max(1e-9, areas.Max(a => a.Need));
        double W(double value) => (barEnd - barStart) * value / max;
        var height = (int)(first + (areas.Count * rowHeight) + 44);

        var description = string.Join("; ", areas.Select(a =>
            ReportStrings.Format(s.CoverageChartItem, a.Area, ReportText.Amount(a.Covered), ReportText.Amount(a.Need), ReportText.Percent(a.Share), ReportText.Amount(a.Remaining))));
        var svg = new StringBuilder();
        Open(svg, "coverage", width, height, s.CoverageHeading, ReportStrings.Format(s.CoverageChartDescription, description));
        Text(svg, width / 2.0, 26, s.CoverageChartTitle, "middle", 16, Ink, bold: true);

        // The legend is as wide as its two entries; it starts at the bars unless that would push it off the right edge.
        var legendWidth = LegendSecondText + TextWidth(s.LegendRemaining, 12);
        Legend(svg, Math.Min(barStart, width - margin - legendWidth), 50, s);

        for (var k = 0; k < areas.Count; k++)
        {
            var a = areas[k];
            var y = first + (k * rowHeight);
            Text(svg, labelEnd, y + 17, labels[k], "end", labelSize, Ink, bold: true);
            svg.Append(Invariant($"<rect x=\"{barStart:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(1, W(a.Need)):0.#}\" height=\"{barHeight}\" fill=\"{Rest}\" stroke=\"{RestEdge}\" stroke-width=\"1\"/>\n"));
            svg.Append(Invariant($"<rect x=\"{barStart:0.#}\" y=\"{y:0.#}\" width=\"{W(a.Covered):0.#}\" height=\"{barHeight}\" fill=\"{Bar}\"/>\n"));
            Text(svg, barStart + Math.Max(1, W(a.Need)) + gap, y + 17, values[k], "start", valueSize, Ink);
        }

        var axisY = first + (areas.Count * rowHeight);
        Line(svg, barStart, axisY, barEnd, axisY, Ink);
        Text(svg, barStart, axisY + 16, "0", "middle", 11, Muted);
        Text(svg, barEnd, axisY + 16, ReportText.Amount(max), "middle", 11, Muted);
        var half = TextWidth(axisTitle, axisSize, bold: true) / 2;
        var axisCentre = Math.Clamp((barStart + barEnd) / 2, margin + half, Math.Max(margin + half, width - margin - half));
        Text(svg, axisCentre, axisY + 34, axisTitle, "middle", axisSize, Ink, bold: true);
        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>
    /// A conservative estimate of a text's width in px: SVG cannot measure text without a script, so the layout
    /// budgets an average glyph a little wider than a sans-serif's.
    /// </summary>
    internal static double TextWidth(string text, int size, bool bold = false) => text.Length * size * (bold ? 0.66 : 0.6);

    /// <summary>An area name past 40 characters is cut with an ellipsis; the table below the chart has it whole.</summary>
    private static string Shorten(string area) => area.Length <= 40 ? area : area[..39].TrimEnd() + "…";

    private static void Legend(StringBuilder svg, double x, double y, ReportStrings s)
    {
        svg.Append(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"16\" height=\"12\" fill=\"{Bar}\"/>\n"));
        Text(svg, x + 22, y + 11, s.LegendCovered, "start", 12, Ink);
        svg.Append(Invariant($"<rect x=\"{x + 240}\" y=\"{y}\" width=\"16\" height=\"12\" fill=\"{Rest}\" stroke=\"{RestEdge}\"/>\n"));
        Text(svg, x + LegendSecondText, y + 11, s.LegendRemaining, "start", 12, Ink);
    }

    private static void Open(StringBuilder svg, string id, int width, int height, string title, string description) =>
        svg.Append(Invariant($"<svg viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"system-ui, sans-serif\">\n"))
           .Append($"<title id=\"{id}-title\">{ReportText.Html(title)}</title>\n")
           .Append($"<desc id=\"{id}-desc\">{ReportText.Html(description)}</desc>\n");

    private static void Text(StringBuilder svg, double x, double y, string text, string anchor, int size, string fill, bool bold = false) =>
        svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" font-size=\"{size}\" fill=\"{fill}\"{(bold ? " font-weight=\"bold\"" : string.Empty)}>"))
           .Append(ReportText.Html(text))
           .Append("</text>\n");

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2, string stroke) =>
        svg.Append(Invariant($"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{stroke}\" stroke-width=\"1\"/>\n"));
}
