using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>Writes a <see cref="PairingReport"/> as Markdown: tables, and bar charts drawn with block characters.</summary>
internal sealed class MarkdownReportWriter
{
    private const int BarWidth = 30;

    private readonly PairingReport _report;
    private readonly TextWriter _out;

    public MarkdownReportWriter(PairingReport report, TextWriter writer)
    {
        _report = report;
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
        var p = _report.Pairing;
        _out.Write("## Summary\n\n| | |\n| --- | ---: |\n");
        Row("Mentors", ReportText.Int(_report.MentorCount));
        Row("Mentees", ReportText.Int(_report.MenteeCount));
        Row("Pairs", ReportText.Int(p.Pairs.Count));
        Row("Unmatched mentees", ReportText.Int(p.UnmatchedMentees.Count));
        Row("Unmatched mentors", ReportText.Int(p.UnmatchedMentors.Count));
        Row("Total score", ReportText.Score(p.TotalScore));
        Row("Mean score", ReportText.Score(p.MeanScore));
        Row("Minimum score", ReportText.Score(p.MinimumScore));
        Row("Same-department pairs", ReportText.Int(_report.DepartmentMix.SameDepartmentPairs));
        Row("Solver", Md(p.SolverName));
        Row("Status", p.Status.ToString());
        _out.Write('\n');

        void Row(string label, string value) => _out.Write($"| {label} | {value} |\n");
    }

    private void Histogram()
    {
        _out.Write($"## Score distribution\n\n{ReportDefinitions.Histogram}\n\n| Score | Pairs | |\n| --- | ---: | --- |\n");
        var max = Math.Max(1, _report.ScoreHistogram.Max(b => b.Count));
        foreach (var bucket in _report.ScoreHistogram)
        {
            _out.Write($"| {ReportText.Bucket(bucket)} | {ReportText.Int(bucket.Count)} | {Bar(bucket.Count, max)} |\n");
        }

        _out.Write('\n');
    }

    private void Coverage()
    {
        _out.Write($"## Skill-gap coverage\n\n{ReportDefinitions.CoverageIntro}\n\n");
        _out.Write($"- {ReportDefinitions.CoverageNeed}\n- {ReportDefinitions.CoverageCovered}\n- {ReportDefinitions.CoverageRemaining}\n\n");
        if (_report.SkillCoverage.Count == 0)
        {
            _out.Write("No mentee has a learning goal.\n\n");
            return;
        }

        _out.Write("| Skill area | Learners | Need before | Covered | Need after | Share covered | |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        var max = Math.Max(1e-9, _report.SkillCoverage.Max(c => c.Need));
        foreach (var c in _report.SkillCoverage)
        {
            _out.Write($"| {Md(c.Area)} | {ReportText.Int(c.Learners)} | {ReportText.Amount(c.Need)} | {ReportText.Amount(c.Covered)} | "
                + $"{ReportText.Amount(c.Remaining)} | {ReportText.Percent(c.Share)} | {Bar(c.Covered, c.Remaining, max)} |\n");
        }

        _out.Write("\n`█` covered, `░` need left after pairing.\n\n");
    }

    private void Departments()
    {
        var mix = _report.DepartmentMix;
        _out.Write($"## Department mix\n\n{ReportDefinitions.DepartmentMix} Same-department cells are in bold.\n\n");
        if (mix.MentorDepartments.Count == 0 || mix.MenteeDepartments.Count == 0)
        {
            _out.Write("No mentors or no mentees.\n\n");
            return;
        }

        _out.Write("| Mentor department ↓ / mentee department → |");
        foreach (var column in mix.MenteeDepartments)
        {
            _out.Write($" {Md(column)} |");
        }

        _out.Write("\n| --- |" + string.Concat(Enumerable.Repeat(" ---: |", mix.MenteeDepartments.Count)) + "\n");
        for (var r = 0; r < mix.MentorDepartments.Count; r++)
        {
            _out.Write($"| {Md(mix.MentorDepartments[r])} |");
            for (var c = 0; c < mix.MenteeDepartments.Count; c++)
            {
                var count = ReportText.Int(mix[r, c]);
                _out.Write(mix.IsSameDepartment(r, c) ? $" **{count}** |" : $" {count} |");
            }

            _out.Write('\n');
        }

        _out.Write('\n');
    }

    private void Pairs()
    {
        _out.Write($"## Pairs\n\n{ReportDefinitions.Why}\n\n");
        if (_report.Pairs.Count == 0)
        {
            _out.Write("No pairs.\n\n");
            return;
        }

        _out.Write("| Mentor | Mentee | Score | Top components | Why |\n| --- | --- | ---: | --- | --- |\n");
        foreach (var pair in _report.Pairs)
        {
            var components = string.Join(", ", pair.TopComponents.Select(c => $"{Md(c.Name)} {ReportText.Score(c.Value)}"));
            _out.Write($"| {Md(ReportText.Person(pair.MentorName, pair.MentorId))} | {Md(ReportText.Person(pair.MenteeName, pair.MenteeId))} | "
                + $"{ReportText.Score(pair.Score)} | {components} | {Md(pair.Why)} |\n");
        }

        _out.Write('\n');
    }

    private void Unmatched()
    {
        _out.Write("## Unmatched\n\n");
        if (_report.Unmatched.Count == 0)
        {
            _out.Write("Everyone is paired.\n");
            return;
        }

        _out.Write("| Person | Role | Department | Cause |\n| --- | --- | --- | --- |\n");
        foreach (var u in _report.Unmatched)
        {
            _out.Write($"| {Md(ReportText.Person(u.Name, u.Id))} | {ParticipantRoles.ToText(u.Role)} | {Md(u.Department ?? "–")} | {Md(u.Reason)} |\n");
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
