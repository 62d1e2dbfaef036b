using System.Globalization;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>
/// A program report for HR: summary numbers, the score distribution, skill-gap coverage per area before and after
/// pairing, the department mix, a brief for every pair and the unmatched with their causes. Build it once, then
/// write it as Markdown or as one self-contained HTML page (inline CSS and SVG, no scripts, no external files).
/// </summary>
/// <remarks>
/// Immutable; every participant-provided string is escaped by the writers. The report's numbers are not API: the result
/// JSON (<see cref="PairingJson"/>) is the machine-readable form of a pairing.
/// </remarks>
public sealed class PairingReport
{
    private PairingReport(Cohort cohort, Pairing pairing)
    {
        Pairing = pairing;
        MentorCount = cohort.Mentors.Count;
        MenteeCount = cohort.Mentees.Count;
        ScoreHistogram = ScoreBucket.Histogram([.. pairing.Pairs.Select(p => p.Score)]);
        SkillCoverage = Reporting.SkillCoverage.Compute(cohort, pairing);
        DepartmentMix = DepartmentMix.Compute(cohort, pairing);
        Pairs = [.. pairing.Pairs.Select(p => new PairBrief(
            Person(cohort, p.MentorId), Person(cohort, p.MenteeId), p))];
        Unmatched = [.. pairing.UnmatchedMentees.Concat(pairing.UnmatchedMentors)
            .Select(u => new UnmatchedBrief(Person(cohort, u.Id), u))];
    }

    /// <summary>The report's title in English.</summary>
    internal static string Title => ReportStrings.English.Title;

    /// <summary>
    /// The languages the report is written in, as culture names: <c>en</c> (the default) and <c>es</c>. A culture of
    /// another language writes English; a regional culture (es-MX) writes its language.
    /// </summary>
    public static IReadOnlyList<string> Languages => ReportStrings.Languages;

    /// <summary>
    /// A score component's name as the report in <paramref name="culture"/>'s language shows it: the built-in
    /// components (SkillGap, Reciprocal, NetworkReach) are translated, a custom scorer's components keep their own
    /// names, and null or an untranslated language gives the name as it is (the id the JSON and CSV keep).
    /// </summary>
    /// <param name="component">The component's name, as in <see cref="Explaining.MatchedPair.Breakdown"/>.</param>
    /// <param name="culture">The language: <c>en</c> or <c>es</c> (see <see cref="Languages"/>).</param>
    public static string ComponentName(string component, CultureInfo? culture)
    {
        ArgumentNullException.ThrowIfNull(component);
        return ReportStrings.For(culture).Component(component);
    }

    /// <summary>The pairing the report describes.</summary>
    internal Pairing Pairing { get; }

    /// <summary>How many mentors the cohort has.</summary>
    internal int MentorCount { get; }

    /// <summary>How many mentees the cohort has.</summary>
    internal int MenteeCount { get; }

    /// <summary>Pair scores in buckets a tenth wide over [0, 1] (wider when a custom scorer leaves that range).</summary>
    internal IReadOnlyList<ScoreBucket> ScoreHistogram { get; }

    /// <summary>Per skill area the mentees want to learn: their learning need before pairing and the part their mentors cover.</summary>
    internal IReadOnlyList<SkillCoverage> SkillCoverage { get; }

    /// <summary>Pairs by mentor department and mentee department.</summary>
    internal DepartmentMix DepartmentMix { get; }

    /// <summary>Every pair, in the pairing's order (mentee id, then mentor id).</summary>
    internal IReadOnlyList<PairBrief> Pairs { get; }

    /// <summary>The unmatched mentees, then the unmatched mentors, each sorted by id.</summary>
    internal IReadOnlyList<UnmatchedBrief> Unmatched { get; }

    /// <summary>Builds the report for a pairing of <paramref name="cohort"/>.</summary>
    /// <exception cref="ArgumentException">The pairing names someone who is not in the cohort.</exception>
    public static PairingReport Create(Cohort cohort, Pairing pairing)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(pairing);
        return new PairingReport(cohort, pairing);
    }

    /// <summary>Builds the report for a pairing of <paramref name="participants"/>.</summary>
    /// <exception cref="ParticipantValidationException">The participants do not form a valid cohort.</exception>
    /// <exception cref="ArgumentException">The pairing names someone who is not among the participants.</exception>
    public static PairingReport Create(IEnumerable<Participant> participants, Pairing pairing) =>
        Create(new Cohort(participants), pairing);

    /// <summary>Writes the report as CommonMark/GitHub Markdown (tables, text bar charts) to <paramref name="writer"/>, left open.</summary>
    public void WriteMarkdown(TextWriter writer) => WriteMarkdown(writer, null);

    /// <summary>Writes the report as Markdown in the language of <paramref name="culture"/> (see <see cref="Languages"/>).</summary>
    /// <param name="writer">Written to and left open.</param>
    /// <param name="culture">
    /// The report's language; null for English. Only words change: numbers keep the invariant format (0.500) in every language.
    /// </param>
    public void WriteMarkdown(TextWriter writer, CultureInfo? culture)
    {
        ArgumentNullException.ThrowIfNull(writer);
        new MarkdownReportWriter(this, writer, ReportStrings.For(culture)).Write();
    }

    /// <summary>Writes the report as one self-contained HTML page to <paramref name="writer"/>, left open.</summary>
    /// <remarks>The page is also well-formed XML: every element closes and every text is escaped.</remarks>
    public void WriteHtml(TextWriter writer) => WriteHtml(writer, null);

    /// <summary>Writes the report as one self-contained HTML page in the language of <paramref name="culture"/> (see <see cref="Languages"/>).</summary>
    /// <param name="writer">Written to and left open.</param>
    /// <param name="culture">
    /// The report's language; null for English. Only words change: numbers keep the invariant format (0.500) in every
    /// language; the page's <c>lang</c> attribute names the language written.
    /// </param>
    public void WriteHtml(TextWriter writer, CultureInfo? culture)
    {
        ArgumentNullException.ThrowIfNull(writer);
        new HtmlReportWriter(this, writer, ReportStrings.For(culture)).Write();
    }

    internal static Participant Person(Cohort cohort, string id) =>
        cohort.TryGet(id, out var person)
            ? person
            : throw new ArgumentException($"The pairing names '{id}', who is not among the participants given to the report.", nameof(cohort));
}
