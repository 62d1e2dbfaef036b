using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>What a pair does not share, and the first-meeting agenda built from a <see cref="PairBrief"/>.</summary>
internal static class PairAgenda
{
    /// <summary>"department (Engineering vs Finance)", ...; unknown on either side is not a difference.</summary>
    public static IReadOnlyList<string> NotShared(Participant mentor, Participant mentee)
    {
        var differences = new List<string>();
        if (Labels.Differ(mentor.Department, mentee.Department))
        {
            differences.Add($"department ({mentor.Department} vs {mentee.Department})");
        }

        if (Labels.Differ(mentor.Location, mentee.Location))
        {
            differences.Add($"location ({mentor.Location} vs {mentee.Location})");
        }

        if (mentor.UtcOffset is { } a && mentee.UtcOffset is { } b && a != b)
        {
            differences.Add($"time zone ({Offset(a)} vs {Offset(b)})");
        }

        if (mentor.Languages.Count > 0 && mentee.Languages.Count > 0 && !mentor.Languages.Intersect(mentee.Languages, Labels.Comparer).Any())
        {
            differences.Add($"language ({string.Join("/", mentor.Languages)} vs {string.Join("/", mentee.Languages)})");
        }

        return differences.AsReadOnly();
    }

    /// <summary>The agenda: introductions, teaching, giving back, commitments; names as the report shows them.</summary>
    public static IReadOnlyList<string> Steps(PairBrief brief, Participant mentor, Participant mentee)
    {
        var junior = mentor.Name;
        var executive = mentee.Name;
        var steps = new List<string>
        {
            brief.NotShared.Count > 0
                ? $"Introductions: what each of you does day to day; you do not share {ReportText.List([.. brief.NotShared])}."
                : "Introductions: what each of you does day to day, and who you know outside your circle.",
            brief.Teaches.Count > 0
                ? $"{junior} teaches {ReportText.List(brief.Teaches)}: {executive} picks one thing to try before the next meeting."
                : $"{executive} names what to learn first: the stated goals show no gap {junior} can close.",
        };
        if (brief.GivesBack.Count > 0)
        {
            steps.Add($"{executive} gives back on {ReportText.List(brief.GivesBack)}: one piece of advice or one introduction for {junior}.");
        }

        steps.Add("Commitments: a regular slot (every two weeks, 45 minutes), confidentiality both ways, one action each, and the date of the next meeting.");
        return steps.AsReadOnly();
    }

    private static string Offset(double hours) =>
        string.Create(CultureInfo.InvariantCulture, $"UTC{(hours < 0 ? "−" : "+")}{Math.Abs(hours):0.##}");
}
