using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Reporting;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Reporting;

/// <summary>The pair brief: full breakdown, focus areas both ways, what the pair does not share, first-meeting agenda.</summary>
public sealed class PairBriefTests
{
    private const string Commitments =
        "Commitments: a regular slot (every two weeks, 45 minutes), confidentiality both ways, one action each, and the date of the next meeting.";

    [Theory]
    [InlineData(1, 8, 10)]
    [InlineData(2, 15, 12)]
    [InlineData(3, 30, 30)]
    public void The_breakdown_sums_to_the_cohort_score_exactly(int seed, int mentees, int mentors)
    {
        var cohort = new Cohort(new CohortGenerator(seed).Generate(mentees, mentors));
        var options = new MatchingOptions();
        var scores = CohortScores.Compute(Eligibility.Evaluate(cohort, options.Rules), options.Scorer);
        var menteeAt = Enumerable.Range(0, cohort.Mentees.Count).ToDictionary(i => cohort.Mentees[i].Id, StringComparer.Ordinal);
        var mentorAt = Enumerable.Range(0, cohort.Mentors.Count).ToDictionary(j => cohort.Mentors[j].Id, StringComparer.Ordinal);

        var report = PairingReport.Create(cohort, new MatchingEngine(options).Match(cohort));

        Assert.NotEmpty(report.Pairs);
        foreach (var brief in report.Pairs)
        {
            var expected = scores.Score(menteeAt[brief.MenteeId], mentorAt[brief.MentorId]);
            Assert.Equal(scores.ComponentNames, brief.Breakdown.Select(c => c.Name));
            Assert.Equal(expected, brief.Breakdown.Sum(c => c.Value), 1e-12);
            Assert.Equal(expected, brief.Score, 1e-12);
        }
    }

    [Fact]
    public void Focus_areas_go_both_ways_largest_goal_weighted_gap_first()
    {
        var pairs = PairingReport.Create(ReportCohort.People(), ReportCohort.Matched().Pairing).Pairs;

        // ana–m1: m1 wants Technology 1 (5 vs 1: 4) and SocialMedia 0.5 (4 vs 2: 1); ana wants Leadership (m1 4 vs 0).
        Assert.Equal(["Technology", "SocialMedia"], pairs[0].Teaches);
        Assert.Equal(["Leadership"], pairs[0].GivesBack);
        // bo–m2: m2 wants Trends (5 vs 0) and Technology, where bo is not ahead (2 vs 2); bo has no goals.
        Assert.Equal(["Trends"], pairs[1].Teaches);
        Assert.Empty(pairs[1].GivesBack);
    }

    [Fact]
    public void Not_shared_names_department_location_time_zone_and_language_with_both_values()
    {
        var people = new Participant[]
        {
            new("jo", ParticipantRole.Mentor, name: "Jo", department: "IT", seniority: 1, location: "Lisbon", utcOffset: 1,
                languages: ["pt"], skills: new Dictionary<string, double> { ["Technology"] = 5 }),
            new("ceo", ParticipantRole.Mentee, name: "Chief", department: "Board", seniority: 9, location: "Boston", utcOffset: -5,
                languages: ["en", "fr"], goals: new Dictionary<string, double> { ["Technology"] = 1 }),
        };

        var brief = Assert.Single(PairingReport.Create(people, new MatchingEngine().Match(people)).Pairs);

        Assert.Equal(
            ["department (IT vs Board)", "location (Lisbon vs Boston)", "time zone (UTC+1 vs UTC−5)", "language (pt vs en/fr)"],
            brief.NotShared);
    }

    [Fact]
    public void The_first_meeting_agenda_has_introductions_focus_areas_and_commitments()
    {
        var pairs = PairingReport.Create(ReportCohort.People(), ReportCohort.Matched().Pairing).Pairs;

        Assert.Equal(
            [
                "Introductions: what each of you does day to day; you do not share department (IT vs Finance).",
                "Ana teaches Technology and SocialMedia: Exec One picks one thing to try before the next meeting.",
                "Exec One gives back on Leadership: one piece of advice or one introduction for Ana.",
                Commitments,
            ],
            pairs[0].Agenda);
        Assert.Equal(
            [
                "Introductions: what each of you does day to day, and who you know outside your circle.",
                "Bo teaches Trends: Exec Two picks one thing to try before the next meeting.",
                Commitments,
            ],
            pairs[1].Agenda);
    }

    [Fact]
    public void The_report_shows_the_agenda_in_both_formats()
    {
        var report = PairingReport.Create(ReportCohort.People(), ReportCohort.Matched().Pairing);
        using var markdown = new StringWriter();
        using var html = new StringWriter();

        report.WriteMarkdown(markdown);
        report.WriteHtml(html);

        foreach (var text in (string[])[markdown.ToString(), html.ToString()])
        {
            Assert.Contains("First meeting", text, StringComparison.Ordinal);
            Assert.Contains("Ana teaches Technology and SocialMedia", text, StringComparison.Ordinal);
            Assert.Contains("Exec One gives back on Leadership", text, StringComparison.Ordinal);
        }
    }
}
