using System.Globalization;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>
/// The report's words in one language, from ReportStrings.resx (English, the neutral language, in the assembly) and
/// ReportStrings.&lt;language&gt;.resx (satellite assemblies). A culture without its own resources reads English.
/// </summary>
/// <remarks>
/// Only words are translated: numbers keep the invariant format (0.500, 75%) in every language, so a report reads the
/// same figures as the result JSON and the CSV, and two reports of one pairing differ only in their words.
/// </remarks>
internal sealed class ReportStrings
{
    private static readonly TextTable Table = new("ReverseMentoring.Matching.Reporting.ReportStrings");

    private readonly CultureInfo culture;

    private ReportStrings(CultureInfo culture) => this.culture = culture;

    /// <summary>The report languages with their own resources: the neutral English, then the translations.</summary>
    public static IReadOnlyList<string> Languages => TextLanguages.All;

    /// <summary>The default: English whatever the machine's UI culture, so a report does not depend on where it is written.</summary>
    public static ReportStrings English { get; } = new(CultureInfo.InvariantCulture);

    /// <summary>
    /// The words for <paramref name="culture"/>'s language: es-MX reads es (<see cref="TextLanguages.Resolve"/>).
    /// Null or another language means <see cref="English"/>.
    /// </summary>
    public static ReportStrings For(CultureInfo? culture)
    {
        var language = TextLanguages.Resolve(culture);
        return language.Equals(CultureInfo.InvariantCulture) ? English : new(language);
    }

    /// <summary>The culture the words are read with (invariant for English); the unmatched reasons are worded with it too.</summary>
    public CultureInfo Culture => culture;

    private string this[string key] => Table.Get(key, culture);

    /// <summary><paramref name="format"/> with its placeholders filled in; numbers are formatted invariantly by the caller.</summary>
    public static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    /// <summary>"1 pair", "2 pairs": the count with its noun, one or other.</summary>
    public static string Count(int count, string one, string other) => Format(count == 1 ? one : other, ReportText.Int(count));

    /// <summary>"1 pair", "2 pairs".</summary>
    public string PairCount(int count) => Count(count, CountPairOne, CountPairOther);

    /// <summary>"1 department", "4 departments".</summary>
    public string DepartmentCount(int count) => Count(count, CountDepartmentOne, CountDepartmentOther);

    /// <summary>"1 mentee", "3 mentors": the count with the role's noun.</summary>
    public string RoleCount(int count, ParticipantRole role) => role == ParticipantRole.Mentee
        ? Count(count, CountMenteeOne, CountMenteeOther)
        : Count(count, CountMentorOne, CountMentorOther);

    /// <summary>The solver status in words; a status without a translation keeps its English name.</summary>
    public string Status(SolverStatus status) => status switch
    {
        SolverStatus.Optimal => StatusOptimal,
        SolverStatus.Feasible => StatusFeasible,
        SolverStatus.Infeasible => StatusInfeasible,
        _ => status.ToString(),
    };

    /// <summary>"a", "a and b", "a, b and c": the last two joined by the language's "and".</summary>
    public string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : Format(ListAnd, string.Join(", ", items.Take(items.Count - 1)), items[^1]);

    /// <summary>
    /// A score component's name in words: the built-in components (SkillGap, Reciprocal, NetworkReach) are translated,
    /// a custom scorer's components keep their own names.
    /// </summary>
    public string Component(string name) => name switch
    {
        "SkillGap" => ComponentSkillGap,
        "Reciprocal" => ComponentReciprocal,
        "NetworkReach" => ComponentNetworkReach,
        _ => name,
    };

    /// <summary>en</summary>
    public string Language => this[nameof(Language)];

    /// <summary>Reverse-mentoring pairing report</summary>
    public string Title => this[nameof(Title)];

    /// <summary>Written by ReverseMentoring.Matching. Scores, coverage and counts are computed from the participants file and the pairing; nothing here is loaded from elsewhere.</summary>
    public string Footer => this[nameof(Footer)];

    /// <summary>Summary</summary>
    public string SummaryHeading => this[nameof(SummaryHeading)];

    /// <summary>Score distribution</summary>
    public string DistributionHeading => this[nameof(DistributionHeading)];

    /// <summary>Skill-gap coverage</summary>
    public string CoverageHeading => this[nameof(CoverageHeading)];

    /// <summary>Department mix</summary>
    public string DepartmentsHeading => this[nameof(DepartmentsHeading)];

    /// <summary>Pairs</summary>
    public string PairsHeading => this[nameof(PairsHeading)];

    /// <summary>Unmatched</summary>
    public string UnmatchedHeading => this[nameof(UnmatchedHeading)];

    /// <summary>Pairs</summary>
    public string SummaryPairs => this[nameof(SummaryPairs)];

    /// <summary>Mentors</summary>
    public string SummaryMentors => this[nameof(SummaryMentors)];

    /// <summary>Mentees</summary>
    public string SummaryMentees => this[nameof(SummaryMentees)];

    /// <summary>Unmatched mentees</summary>
    public string SummaryUnmatchedMentees => this[nameof(SummaryUnmatchedMentees)];

    /// <summary>Unmatched mentors</summary>
    public string SummaryUnmatchedMentors => this[nameof(SummaryUnmatchedMentors)];

    /// <summary>Total score</summary>
    public string SummaryTotalScore => this[nameof(SummaryTotalScore)];

    /// <summary>Mean score</summary>
    public string SummaryMeanScore => this[nameof(SummaryMeanScore)];

    /// <summary>Minimum score</summary>
    public string SummaryMinimumScore => this[nameof(SummaryMinimumScore)];

    /// <summary>Median score</summary>
    public string SummaryMedianScore => this[nameof(SummaryMedianScore)];

    /// <summary>Middle half of scores</summary>
    public string SummaryMiddleHalf => this[nameof(SummaryMiddleHalf)];

    /// <summary>{0} to {1}</summary>
    public string SummaryRange => this[nameof(SummaryRange)];

    /// <summary>Score standard deviation</summary>
    public string SummaryStandardDeviation => this[nameof(SummaryStandardDeviation)];

    /// <summary>Same-department pairs</summary>
    public string SummarySameDepartment => this[nameof(SummarySameDepartment)];

    /// <summary>Solver</summary>
    public string SummarySolver => this[nameof(SummarySolver)];

    /// <summary>Status</summary>
    public string SummaryStatus => this[nameof(SummaryStatus)];

    /// <summary>Optimal</summary>
    public string StatusOptimal => this[nameof(StatusOptimal)];

    /// <summary>Feasible</summary>
    public string StatusFeasible => this[nameof(StatusFeasible)];

    /// <summary>Infeasible</summary>
    public string StatusInfeasible => this[nameof(StatusInfeasible)];

    /// <summary>How many pairs scored in each band of width 0.1. Scores are in [0, 1]; higher means a larger skill gap the mentor can close, more given back, and more new network.</summary>
    public string HistogramDefinition => this[nameof(HistogramDefinition)];

    /// <summary>For each skill area the mentees want to learn, the learning need before pairing and the part of it the assigned mentors cover.</summary>
    public string CoverageIntro => this[nameof(CoverageIntro)];

    /// <summary>Need (before) = Σ over mentees of goal × (5 − mentee level) / 5: a mentee at level 0 who wants the area most (goal 1) adds 1.00, a mentee already at level 5 adds nothing.</summary>
    public string CoverageNeed => this[nameof(CoverageNeed)];

    /// <summary>Covered = Σ over mentees of goal × max(0, mentor level − mentee level) / 5, using the most skilled of the mentee's mentors in that area: a mentor can lift a mentee only to the mentor's own level. Unmatched mentees add need and no cover.</summary>
    public string CoverageCovered => this[nameof(CoverageCovered)];

    /// <summary>Need after = need − covered: what no assigned mentor can teach.</summary>
    public string CoverageRemaining => this[nameof(CoverageRemaining)];

    /// <summary>Pairs by the mentor's department (rows) and the mentee's department (columns). Pairs off the same-department cells connect people outside their usual circle.</summary>
    public string DepartmentMixDefinition => this[nameof(DepartmentMixDefinition)];

    /// <summary>Darker cells hold more pairs; {0} marks a mentor and mentee from the same department.</summary>
    public string DepartmentHeatNote => this[nameof(DepartmentHeatNote)];

    /// <summary>Same-department cells are in bold.</summary>
    public string DepartmentBoldNote => this[nameof(DepartmentBoldNote)];

    /// <summary>{0} mentors with {1} mentees: {2}</summary>
    public string DepartmentCellTitle => this[nameof(DepartmentCellTitle)];

    /// <summary>Why: the mentee's goals the mentor is ahead on (mentor level vs mentee level), what the executive gives back on the junior's goals, and whether the two come from different departments or locations.</summary>
    public string WhyDefinition => this[nameof(WhyDefinition)];

    /// <summary>`█` covered, `░` need left after pairing.</summary>
    public string CoverageBarLegend => this[nameof(CoverageBarLegend)];

    /// <summary>Score</summary>
    public string ColumnScore => this[nameof(ColumnScore)];

    /// <summary>Pairs</summary>
    public string ColumnPairs => this[nameof(ColumnPairs)];

    /// <summary>Coverage per skill area</summary>
    public string CoverageCaption => this[nameof(CoverageCaption)];

    /// <summary>Skill area</summary>
    public string ColumnSkillArea => this[nameof(ColumnSkillArea)];

    /// <summary>Learners</summary>
    public string ColumnLearners => this[nameof(ColumnLearners)];

    /// <summary>Need before</summary>
    public string ColumnNeedBefore => this[nameof(ColumnNeedBefore)];

    /// <summary>Covered</summary>
    public string ColumnCovered => this[nameof(ColumnCovered)];

    /// <summary>Need after</summary>
    public string ColumnNeedAfter => this[nameof(ColumnNeedAfter)];

    /// <summary>Share covered</summary>
    public string ColumnShareCovered => this[nameof(ColumnShareCovered)];

    /// <summary>No mentee has a learning goal.</summary>
    public string CoverageEmpty => this[nameof(CoverageEmpty)];

    /// <summary>Pairs by mentor department (rows) and mentee department (columns)</summary>
    public string DepartmentsCaption => this[nameof(DepartmentsCaption)];

    /// <summary>Mentor ↓ / Mentee →</summary>
    public string ColumnDepartmentCorner => this[nameof(ColumnDepartmentCorner)];

    /// <summary>No mentors or no mentees.</summary>
    public string DepartmentsEmpty => this[nameof(DepartmentsEmpty)];

    /// <summary>Mentor</summary>
    public string ColumnMentor => this[nameof(ColumnMentor)];

    /// <summary>Mentee</summary>
    public string ColumnMentee => this[nameof(ColumnMentee)];

    /// <summary>Top components</summary>
    public string ColumnTopComponents => this[nameof(ColumnTopComponents)];

    /// <summary>Why</summary>
    public string ColumnWhy => this[nameof(ColumnWhy)];

    /// <summary>First meeting</summary>
    public string ColumnFirstMeeting => this[nameof(ColumnFirstMeeting)];

    /// <summary>No pairs.</summary>
    public string PairsEmpty => this[nameof(PairsEmpty)];

    /// <summary>Unmatched</summary>
    public string ColumnUnmatched => this[nameof(ColumnUnmatched)];

    /// <summary>Cause</summary>
    public string ColumnCause => this[nameof(ColumnCause)];

    /// <summary>Who</summary>
    public string ColumnWho => this[nameof(ColumnWho)];

    /// <summary>Department</summary>
    public string ColumnDepartment => this[nameof(ColumnDepartment)];

    /// <summary>Everyone is paired.</summary>
    public string UnmatchedEmpty => this[nameof(UnmatchedEmpty)];

    /// <summary>and {0} more</summary>
    public string AndMore => this[nameof(AndMore)];

    /// <summary>{0} mentee</summary>
    public string CountMenteeOne => this[nameof(CountMenteeOne)];

    /// <summary>{0} mentees</summary>
    public string CountMenteeOther => this[nameof(CountMenteeOther)];

    /// <summary>{0} mentor</summary>
    public string CountMentorOne => this[nameof(CountMentorOne)];

    /// <summary>{0} mentors</summary>
    public string CountMentorOther => this[nameof(CountMentorOther)];

    /// <summary>{0} department</summary>
    public string CountDepartmentOne => this[nameof(CountDepartmentOne)];

    /// <summary>{0} departments</summary>
    public string CountDepartmentOther => this[nameof(CountDepartmentOther)];

    /// <summary>{0} pair</summary>
    public string CountPairOne => this[nameof(CountPairOne)];

    /// <summary>{0} pairs</summary>
    public string CountPairOther => this[nameof(CountPairOther)];

    /// <summary>Number of pairs per score band. {0}.</summary>
    public string HistogramChartDescription => this[nameof(HistogramChartDescription)];

    /// <summary>Score distribution of the pairs</summary>
    public string HistogramChartTitle => this[nameof(HistogramChartTitle)];

    /// <summary>Pair score (bands of 0.1)</summary>
    public string HistogramXAxis => this[nameof(HistogramXAxis)];

    /// <summary>Number of pairs</summary>
    public string HistogramYAxis => this[nameof(HistogramYAxis)];

    /// <summary>Learning need per skill area before pairing and the part the mentors cover. {0}.</summary>
    public string CoverageChartDescription => this[nameof(CoverageChartDescription)];

    /// <summary>Skill-gap coverage by area: need before pairing and the part covered</summary>
    public string CoverageChartTitle => this[nameof(CoverageChartTitle)];

    /// <summary>Goal-weighted learning need (1.00 = one novice who wants the area most)</summary>
    public string CoverageChartAxis => this[nameof(CoverageChartAxis)];

    /// <summary>{0} of {1} covered ({2})</summary>
    public string CoverageChartValue => this[nameof(CoverageChartValue)];

    /// <summary>{0}: {1} of {2} covered ({3}), {4} left</summary>
    public string CoverageChartItem => this[nameof(CoverageChartItem)];

    /// <summary>covered by the assigned mentors</summary>
    public string LegendCovered => this[nameof(LegendCovered)];

    /// <summary>need left after pairing</summary>
    public string LegendRemaining => this[nameof(LegendRemaining)];

    /// <summary>{0} and {1}</summary>
    public string ListAnd => this[nameof(ListAnd)];

    /// <summary>teaches {0}</summary>
    public string WhyTeaches => this[nameof(WhyTeaches)];

    /// <summary>gets back {0}</summary>
    public string WhyGetsBack => this[nameof(WhyGetsBack)];

    /// <summary>different department</summary>
    public string WhyDifferentDepartment => this[nameof(WhyDifferentDepartment)];

    /// <summary>different location</summary>
    public string WhyDifferentLocation => this[nameof(WhyDifferentLocation)];

    /// <summary>different department and location</summary>
    public string WhyDifferentDepartmentAndLocation => this[nameof(WhyDifferentDepartmentAndLocation)];

    /// <summary>{0} ({1} vs {2})</summary>
    public string WhyGap => this[nameof(WhyGap)];

    /// <summary>No skill gap on either side's goals and the same circle; made to pair as many people as the rules allow.</summary>
    public string WhyNone => this[nameof(WhyNone)];

    /// <summary>department ({0} vs {1})</summary>
    public string NotSharedDepartment => this[nameof(NotSharedDepartment)];

    /// <summary>location ({0} vs {1})</summary>
    public string NotSharedLocation => this[nameof(NotSharedLocation)];

    /// <summary>time zone ({0} vs {1})</summary>
    public string NotSharedTimeZone => this[nameof(NotSharedTimeZone)];

    /// <summary>language ({0} vs {1})</summary>
    public string NotSharedLanguage => this[nameof(NotSharedLanguage)];

    /// <summary>Introductions: what each of you does day to day; you do not share {0}.</summary>
    public string AgendaIntroductionsNotShared => this[nameof(AgendaIntroductionsNotShared)];

    /// <summary>Introductions: what each of you does day to day, and who you know outside your circle.</summary>
    public string AgendaIntroductions => this[nameof(AgendaIntroductions)];

    /// <summary>{0} the junior, {1} the executive, {2} the areas: {0} teaches {2}: {1} picks one thing to try before the next meeting.</summary>
    public string AgendaTeaches => this[nameof(AgendaTeaches)];

    /// <summary>{0} the junior, {1} the executive: {1} names what to learn first: the stated goals show no gap {0} can close.</summary>
    public string AgendaNoGap => this[nameof(AgendaNoGap)];

    /// <summary>{0} the junior, {1} the executive, {2} the areas: {1} gives back on {2}: one piece of advice or one introduction for {0}.</summary>
    public string AgendaGivesBack => this[nameof(AgendaGivesBack)];

    /// <summary>Commitments: a regular slot (every two weeks, 45 minutes), confidentiality both ways, one action each, and the date of the next meeting.</summary>
    public string AgendaCommitments => this[nameof(AgendaCommitments)];

    /// <summary>SkillGap</summary>
    public string ComponentSkillGap => this[nameof(ComponentSkillGap)];

    /// <summary>Reciprocal</summary>
    public string ComponentReciprocal => this[nameof(ComponentReciprocal)];

    /// <summary>NetworkReach</summary>
    public string ComponentNetworkReach => this[nameof(ComponentNetworkReach)];
}
