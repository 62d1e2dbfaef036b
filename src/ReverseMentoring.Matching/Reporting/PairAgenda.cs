using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>What a pair does not share, and the first-meeting agenda built from a <see cref="PairBrief"/>, in a report's language.</summary>
internal static class PairAgenda
{
    /// <summary>What differs between the two; unknown on either side is not a difference.</summary>
    public static IReadOnlyList<Difference> Differences(Participant mentor, Participant mentee)
    {
        var differences = new List<Difference>();
        if (Labels.Differ(mentor.Department, mentee.Department))
        {
            differences.Add(new(DifferenceKind.Department, mentor.Department!, mentee.Department!));
        }

        if (Labels.Differ(mentor.Location, mentee.Location))
        {
            differences.Add(new(DifferenceKind.Location, mentor.Location!, mentee.Location!));
        }

        if (mentor.UtcOffset is { } a && mentee.UtcOffset is { } b && a != b)
        {
            differences.Add(new(DifferenceKind.TimeZone, Offset(a), Offset(b)));
        }

        if (mentor.Languages.Count > 0 && mentee.Languages.Count > 0 && !mentor.Languages.Intersect(mentee.Languages, Labels.Comparer).Any())
        {
            differences.Add(new(DifferenceKind.Language, string.Join("/", mentor.Languages), string.Join("/", mentee.Languages)));
        }

        return differences.AsReadOnly();
    }

    /// <summary>"department (Engineering vs Finance)": the difference in words, the values as the data has them.</summary>
    public static string Text(Difference difference, ReportStrings s) => ReportStrings.Format(
        difference.Kind switch
        {
            DifferenceKind.Department => s.NotSharedDepartment,
            DifferenceKind.Location => s.NotSharedLocation,
            DifferenceKind.TimeZone => s.NotSharedTimeZone,
            _ => s.NotSharedLanguage,
        },
        difference.Mentor,
        difference.Mentee);

    /// <summary>The agenda: introductions, teaching, giving back, commitments; names as the report shows them.</summary>
    public static IReadOnlyList<string> Steps(PairBrief brief, ReportStrings s)
    {
        var junior = brief.MentorName;
        var executive = brief.MenteeName;
        var notShared = brief.NotSharedIn(s);
        var steps = new List<string>
        {
            notShared.Count > 0
                ? ReportStrings.Format(s.AgendaIntroductionsNotShared, s.List(notShared))
                : s.AgendaIntroductions,
            brief.Teaches.Count > 0
                ? ReportStrings.Format(s.AgendaTeaches, junior, executive, s.List(brief.Teaches))
                : ReportStrings.Format(s.AgendaNoGap, junior, executive),
        };
        if (brief.GivesBack.Count > 0)
        {
            steps.Add(ReportStrings.Format(s.AgendaGivesBack, junior, executive, s.List(brief.GivesBack)));
        }

        steps.Add(s.AgendaCommitments);
        return steps.AsReadOnly();
    }

    private static string Offset(double hours) =>
        string.Create(CultureInfo.InvariantCulture, $"UTC{(hours < 0 ? "−" : "+")}{Math.Abs(hours):0.##}");
}

/// <summary>What a mentor and a mentee do not share.</summary>
internal enum DifferenceKind
{
    Department,
    Location,
    TimeZone,
    Language,
}

/// <summary>One thing a pair does not share, with each side's value (a UTC offset written as UTC+1).</summary>
internal readonly record struct Difference(DifferenceKind Kind, string Mentor, string Mentee);
