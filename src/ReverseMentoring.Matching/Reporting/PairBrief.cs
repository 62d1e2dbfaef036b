using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>
/// One pair as an HR lead reads it: who, the score and its full breakdown, the focus areas each side brings, what the
/// two do not share, a one-line why and a first-meeting agenda.
/// </summary>
internal sealed class PairBrief
{
    private const int ShownComponents = 3;
    private const int ShownAreas = 2;
    private const int FocusAreas = 3;

    private readonly (string Area, double Teacher, double Learner)[] teaching;
    private readonly (string Area, double Teacher, double Learner)[] givingBack;
    private readonly bool differentDepartment;
    private readonly bool differentLocation;

    internal PairBrief(Participant mentor, Participant mentee, MatchedPair pair)
    {
        MentorId = mentor.Id;
        MentorName = mentor.Name;
        MenteeId = mentee.Id;
        MenteeName = mentee.Name;
        Score = pair.Score;
        TopComponents = [.. pair.Breakdown.OrderByDescending(c => c.Value).ThenBy(c => c.Name, StringComparer.Ordinal).Take(ShownComponents)];
        Breakdown = pair.Breakdown;
        Teaches = [.. Focus(mentor, mentee).Take(FocusAreas).Select(x => x.Area)];
        GivesBack = [.. Focus(mentee, mentor).Take(FocusAreas).Select(x => x.Area)];
        Differences = PairAgenda.Differences(mentor, mentee);
        teaching = Gaps(mentor, mentee);
        givingBack = Gaps(mentee, mentor);
        differentDepartment = Differ(mentor.Department, mentee.Department);
        differentLocation = Differ(mentor.Location, mentee.Location);
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

    /// <summary>Every component of the score, in the scorer's order; they add up to <see cref="Score"/> exactly.</summary>
    public IReadOnlyList<ScoreComponent> Breakdown { get; }

    /// <summary>
    /// Up to three skill areas the junior teaches: the executive's learning goals where the junior's level is higher,
    /// largest goal-weighted gap first (ties by area name). Empty when there is none.
    /// </summary>
    public IReadOnlyList<string> Teaches { get; }

    /// <summary>Up to three skill areas the executive gives back: the junior's goals where the executive is ahead, ordered as <see cref="Teaches"/>.</summary>
    public IReadOnlyList<string> GivesBack { get; }

    /// <summary>
    /// What the two do not share: department, location, time zone (UTC offsets), and language when both list some and
    /// none in common. Unknown on either side is not a difference.
    /// </summary>
    public IReadOnlyList<Difference> Differences { get; }

    /// <summary>What the two do not share in English, each as <c>what (mentor's vs mentee's)</c>; see <see cref="NotSharedIn"/>.</summary>
    public IReadOnlyList<string> NotShared => NotSharedIn(ReportStrings.English);

    /// <summary>
    /// A first-meeting agenda in English, in order: introductions (with what they do not share), what the junior
    /// teaches, what the executive gives back, and the commitments (a regular slot, confidentiality, one action each,
    /// the next date); see <see cref="AgendaIn"/>.
    /// </summary>
    public IReadOnlyList<string> Agenda => AgendaIn(ReportStrings.English);

    /// <summary>
    /// One line from the participants' data, in English: the mentee's goals the mentor can teach (largest goal-weighted
    /// gap first), what the executive gives back on the junior's goals, and whether the two are from different
    /// departments or locations; see <see cref="WhyIn"/>.
    /// </summary>
    public string Why => WhyIn(ReportStrings.English);

    /// <summary>What the two do not share, each as <c>what (mentor's vs mentee's)</c>, in the report's language.</summary>
    public IReadOnlyList<string> NotSharedIn(ReportStrings s) => [.. Differences.Select(d => PairAgenda.Text(d, s))];

    /// <summary>The first-meeting agenda in the report's language.</summary>
    public IReadOnlyList<string> AgendaIn(ReportStrings s) => PairAgenda.Steps(this, s);

    /// <summary>The one-line why in the report's language; areas, names and numbers as the data has them.</summary>
    public string WhyIn(ReportStrings s)
    {
        var parts = new List<string>();
        if (teaching.Length > 0)
        {
            parts.Add(ReportStrings.Format(s.WhyTeaches, Gaps(teaching, s)));
        }

        if (givingBack.Length > 0)
        {
            parts.Add(ReportStrings.Format(s.WhyGetsBack, Gaps(givingBack, s)));
        }

        if (differentDepartment || differentLocation)
        {
            parts.Add(differentDepartment && differentLocation ? s.WhyDifferentDepartmentAndLocation
                : differentDepartment ? s.WhyDifferentDepartment
                : s.WhyDifferentLocation);
        }

        return parts.Count > 0
            ? char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts)[1..] + "."
            : s.WhyNone;
    }

    /// <inheritdoc />
    public override string ToString() => $"{MentorId} -> {MenteeId}: {Why}";

    /// <summary>"Technology (5 vs 1) and Trends (4 vs 2)".</summary>
    private static string Gaps((string Area, double Teacher, double Learner)[] gaps, ReportStrings s) =>
        s.List([.. gaps.Select(x => ReportStrings.Format(s.WhyGap, x.Area, ReportText.Level(x.Teacher), ReportText.Level(x.Learner)))]);

    /// <summary>Up to two areas the learner wants where the teacher is ahead, largest goal · gap first.</summary>
    private static (string Area, double Teacher, double Learner)[] Gaps(Participant teacher, Participant learner) =>
        [.. Focus(teacher, learner).Take(ShownAreas)];

    /// <summary>The learner's goals where the teacher is ahead, largest goal · gap first, ties by area name.</summary>
    private static IEnumerable<(string Area, double Teacher, double Learner)> Focus(Participant teacher, Participant learner) =>
        learner.Goals
            .Select(g => (Area: g.Key, Goal: g.Value, Teacher: teacher.SkillIn(g.Key), Learner: learner.SkillIn(g.Key)))
            .Where(x => x.Goal > 0 && x.Teacher > x.Learner)
            .OrderByDescending(x => x.Goal * (x.Teacher - x.Learner))
            .ThenBy(x => x.Area, SkillAreas.NameComparer)
            .Select(x => (x.Area, x.Teacher, x.Learner));

    // As network reach counts it: unknown on either side is not a difference.
    private static bool Differ(string? a, string? b) => Labels.Differ(a, b);
}
