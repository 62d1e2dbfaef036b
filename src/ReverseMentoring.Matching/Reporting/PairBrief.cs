using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>One pair as an HR lead reads it: who, the score, its largest components and a one-line why.</summary>
internal sealed class PairBrief
{
    private const int ShownComponents = 3;
    private const int ShownAreas = 2;

    internal PairBrief(Participant mentor, Participant mentee, MatchedPair pair)
    {
        MentorId = mentor.Id;
        MentorName = mentor.Name;
        MenteeId = mentee.Id;
        MenteeName = mentee.Name;
        Score = pair.Score;
        TopComponents = [.. pair.Breakdown.OrderByDescending(c => c.Value).ThenBy(c => c.Name, StringComparer.Ordinal).Take(ShownComponents)];
        Why = Explain(mentor, mentee);
    }

    /// <summary>The junior's id.</summary>
    public string MentorId { get; }

    /// <summary>The junior's display name.</summary>
    public string MentorName { get; }

    /// <summary>The executive's id.</summary>
    public string MenteeId { get; }

    /// <summary>The executive's display name.</summary>
    public string MenteeName { get; }

    /// <summary>The pair's score.</summary>
    public double Score { get; }

    /// <summary>Up to three components of the score, largest first.</summary>
    public IReadOnlyList<ScoreComponent> TopComponents { get; }

    /// <summary>
    /// One line from the participants' data: the mentee's goals the mentor can teach (largest goal-weighted gap first),
    /// what the executive gives back on the junior's goals, and whether the two are from different departments or locations.
    /// </summary>
    public string Why { get; }

    /// <inheritdoc />
    public override string ToString() => $"{MentorId} -> {MenteeId}: {Why}";

    private static string Explain(Participant mentor, Participant mentee)
    {
        var parts = new List<string>();
        var teaches = Gaps(mentor, mentee);
        if (teaches.Length > 0)
        {
            parts.Add("teaches " + ReportText.List(teaches));
        }

        var givesBack = Gaps(mentee, mentor);
        if (givesBack.Length > 0)
        {
            parts.Add("gets back " + ReportText.List(givesBack));
        }

        var departments = Differ(mentor.Department, mentee.Department);
        var locations = Differ(mentor.Location, mentee.Location);
        if (departments || locations)
        {
            parts.Add("different " + (departments && locations ? "department and location" : departments ? "department" : "location"));
        }

        return parts.Count > 0
            ? char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts)[1..] + "."
            : "No skill gap on either side's goals and the same circle; made to pair as many people as the rules allow.";
    }

    /// <summary>"Technology (5 vs 1)": areas the learner wants where the teacher is ahead, largest goal · gap first.</summary>
    private static string[] Gaps(Participant teacher, Participant learner) =>
        [.. learner.Goals
            .Select(g => (Area: g.Key, Goal: g.Value, Teacher: teacher.SkillIn(g.Key), Learner: learner.SkillIn(g.Key)))
            .Where(x => x.Goal > 0 && x.Teacher > x.Learner)
            .OrderByDescending(x => x.Goal * (x.Teacher - x.Learner))
            .ThenBy(x => x.Area, SkillAreas.NameComparer)
            .Take(ShownAreas)
            .Select(x => $"{x.Area} ({ReportText.Level(x.Teacher)} vs {ReportText.Level(x.Learner)})")];

    // As network reach counts it: unknown on either side is not a difference.
    private static bool Differ(string? a, string? b) => Labels.Differ(a, b);
}
