using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Generating;

public sealed class SyntheticCohortTests
{
    private static readonly string[] ExecutiveAreas = ["Leadership", "Strategy"];

    private static IReadOnlyList<Participant> Generate(int mentors, int mentees, int seed = 7) =>
        SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = mentors, Mentees = mentees, Seed = seed });

    private static string Csv(IEnumerable<Participant> people)
    {
        using var writer = new StringWriter();
        ParticipantCsv.Write(writer, people);
        return writer.ToString();
    }

    [Fact]
    public void The_same_seed_gives_the_same_cohort_and_another_seed_another()
    {
        Assert.Equal(Csv(Generate(40, 30, seed: 11)), Csv(Generate(40, 30, seed: 11)));
        Assert.NotEqual(Csv(Generate(40, 30, seed: 11)), Csv(Generate(40, 30, seed: 12)));
    }

    [Fact]
    public void A_seed_gives_the_same_people_in_every_run_and_version()
    {
        // Pinned output: a change to the generator's draws (or to Random's seeded sequence) must be deliberate.
        var lines = Csv(Generate(mentors: 2, mentees: 2, seed: 42)).Split('\n');

        Assert.Equal(
            "id,name,role,department,manager_id,seniority,location,utc_offset,languages,capacity,"
            + "skill:Technology,skill:SocialMedia,skill:Trends,skill:Leadership,skill:Strategy,"
            + "goal:Technology,goal:SocialMedia,goal:Trends,goal:Leadership,goal:Strategy",
            lines[0]);
        Assert.Equal(GoldenRows, lines[1..5]);
    }

    private static readonly string[] GoldenRows =
    [
        "exec-00000,Sami Lopez,mentee,Executive Office,,8,Madrid,1,English;Spanish,1,1.5,0.3,1.2,4.1,3.6,0.62,0.86,0.68,,",
        "exec-00001,Chloe Patel,mentee,Technology,exec-00000,7,Madrid,1,English;Spanish,1,3.2,0.8,0.9,3.8,4.7,0.37,0.67,0.92,,",
        "mentor-00000,Sami Ito,mentor,Technology,exec-00001,3,Madrid,1,English;Spanish,1,4.6,4.6,2.5,2.3,1.6,,,,0.66,0.57",
        "mentor-00001,Rosa Nakamura,mentor,Technology,exec-00001,1,Madrid,1,English;Spanish,1,4,4.2,3.8,0.1,0.8,,,,0.79,0.64",
    ];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    [InlineData(0, 5)]
    [InlineData(1, 1)]
    [InlineData(53, 37)]
    [InlineData(400, 25)]
    public void Sizes_roles_and_ids_are_as_asked_and_the_cohort_validates(int mentors, int mentees)
    {
        var people = Generate(mentors, mentees);

        var cohort = new Cohort(people);
        Assert.Equal(mentors, cohort.Mentors.Count);
        Assert.Equal(mentees, cohort.Mentees.Count);
        Assert.Equal(
            Enumerable.Range(0, mentees).Select(k => $"exec-{k:D5}").Concat(Enumerable.Range(0, mentors).Select(k => $"mentor-{k:D5}")),
            people.Select(p => p.Id));
        Assert.All(people, p => Assert.Equal(1, p.Capacity));
    }

    [Fact]
    public void The_manager_tree_has_executives_on_top_and_juniors_reporting_into_it()
    {
        var people = Generate(mentors: 300, mentees: 40);
        var byId = people.ToDictionary(p => p.Id);
        var position = people.Select((p, k) => (p.Id, k)).ToDictionary(x => x.Id, x => x.k);

        Assert.Null(byId["exec-00000"].ManagerId);
        Assert.Equal("Executive Office", byId["exec-00000"].Department);
        foreach (var person in people.Where(p => p.Id != "exec-00000"))
        {
            var boss = byId[Assert.IsType<string>(person.ManagerId)];
            Assert.True(position[boss.Id] < position[person.Id], $"{person.Id}'s manager {boss.Id} comes later");
            Assert.True(boss.Seniority >= person.Seniority, $"{person.Id} is more senior than their manager {boss.Id}");
            if (person.Role == ParticipantRole.Mentee || boss.Role == ParticipantRole.Mentor)
            {
                // Executives report to executives; juniors reporting to a junior report to a team lead under an executive.
                Assert.Equal(ParticipantRole.Mentee, byId[boss.ManagerId ?? boss.Id].Role);
            }
        }

        var leads = people.Where(p => p.Role == ParticipantRole.Mentor && people.Any(r => r.ManagerId == p.Id)).ToArray();
        Assert.NotEmpty(leads);
        Assert.All(leads, lead => Assert.Equal(3, lead.Seniority));
        var cohort = new Cohort(people);
        Assert.True(cohort.Manages(byId["exec-00000"], byId[leads[0].Id]));
        Assert.Contains(people, p => p.Role == ParticipantRole.Mentor && byId[p.ManagerId!].Role == ParticipantRole.Mentee);
    }

    [Fact]
    public void Without_executives_the_juniors_form_a_tree_of_their_own()
    {
        var people = Generate(mentors: 30, mentees: 0);

        Assert.Null(people[0].ManagerId);
        Assert.All(people.Skip(1), p => Assert.StartsWith("mentor-", p.ManagerId, StringComparison.Ordinal));
        _ = new Cohort(people);
    }

    [Fact]
    public void Seniority_follows_the_role_every_junior_below_every_executive()
    {
        var people = Generate(mentors: 500, mentees: 200);
        var mentors = people.Where(p => p.Role == ParticipantRole.Mentor).ToArray();
        var mentees = people.Where(p => p.Role == ParticipantRole.Mentee).ToArray();

        Assert.All(mentors, p => Assert.InRange(p.Seniority, 1, 3));
        Assert.All(mentees, p => Assert.InRange(p.Seniority, 4, 8));
        Assert.Equal(8, mentees[0].Seniority);
        Assert.Equal([1.0, 2.0, 3.0], mentors.Select(p => p.Seniority).Distinct().Order());
        Assert.Equal([4.0, 5.0, 6.0, 7.0, 8.0], mentees.Select(p => p.Seniority).Distinct().Order());
    }

    [Fact]
    public void Juniors_are_strong_where_executives_are_weak_and_goals_point_the_other_way()
    {
        var people = Generate(mentors: 400, mentees: 400);
        var mentors = people.Where(p => p.Role == ParticipantRole.Mentor).ToArray();
        var mentees = people.Where(p => p.Role == ParticipantRole.Mentee).ToArray();

        foreach (var area in SkillAreas.Defaults)
        {
            Assert.True(mentors.Average(p => p.SkillIn(area)) > mentees.Average(p => p.SkillIn(area)) + 1.5, area);
            Assert.All(mentees, p => Assert.True(p.SkillIn(area) <= 4, $"{p.Id} {area}"));
        }

        foreach (var area in ExecutiveAreas)
        {
            Assert.True(mentees.Average(p => p.SkillIn(area)) > mentors.Average(p => p.SkillIn(area)) + 1.5, area);
        }

        Assert.All(mentees, p => Assert.Subset(SkillAreas.Defaults.ToHashSet(SkillAreas.NameComparer), p.Goals.Keys.ToHashSet()));
        Assert.All(mentors, p => Assert.Subset(ExecutiveAreas.ToHashSet(SkillAreas.NameComparer), p.Goals.Keys.ToHashSet()));
        Assert.All(people, p => Assert.NotEmpty(p.Goals));
        Assert.All(people, p => Assert.All(p.Goals.Values, g => Assert.InRange(g, 0.05, 1)));

        // Weaker executives want to learn more.
        var weak = mentees.Where(p => p.SkillIn(SkillAreas.Technology) < 1.5 && p.Goals.ContainsKey(SkillAreas.Technology)).ToArray();
        var strong = mentees.Where(p => p.SkillIn(SkillAreas.Technology) > 2.5 && p.Goals.ContainsKey(SkillAreas.Technology)).ToArray();
        Assert.True(weak.Average(p => p.GoalIn(SkillAreas.Technology)) > strong.Average(p => p.GoalIn(SkillAreas.Technology)));
    }

    [Fact]
    public void Locations_carry_their_offsets_departments_and_languages_vary()
    {
        var people = Generate(mentors: 300, mentees: 100);

        var offsets = people.GroupBy(p => p.Location!).ToDictionary(g => g.Key, g => g.Select(p => p.UtcOffset).Distinct().ToArray());
        Assert.True(offsets.Count >= 8, string.Join(", ", offsets.Keys));
        Assert.All(offsets.Values, o => Assert.Single(o));
        Assert.Equal(-8, Assert.Single(offsets["San Francisco"]));
        Assert.Equal(5.5, Assert.Single(offsets["Bangalore"]));
        Assert.All(people, p => Assert.Contains("English", p.Languages));
        Assert.Contains(people, p => p.Location == "Paris" && p.Languages.Contains("French"));
        Assert.Contains(people, p => p.Languages.Count >= 2);
        Assert.True(people.Select(p => p.Department).Distinct().Count() >= 8);
        Assert.True(people.Select(p => p.Name).Distinct().Count() > 100);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    [InlineData(SyntheticCohortOptions.MaxPerSide + 1, 0)]
    [InlineData(0, int.MaxValue)]
    public void Sizes_out_of_range_are_rejected(int mentors, int mentees)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Generate(mentors, mentees));
        Assert.Contains("between 0 and 100,000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_twenty_per_side_with_the_default_seed()
    {
        var options = new SyntheticCohortOptions();
        Assert.Equal((20, 20, SyntheticCohortOptions.DefaultSeed), (options.Mentors, options.Mentees, options.Seed));
        Assert.Equal(Csv(SyntheticCohort.Generate(options)), Csv(SyntheticCohort.Generate()));
    }

    [Fact]
    public void A_generated_cohort_is_matched_with_every_executive_but_the_ceo_paired()
    {
        var pairing = new MatchingEngine().Match(Generate(mentors: 60, mentees: 40));

        Assert.Equal(SolverStatus.Optimal, pairing.Status);
        Assert.Equal(39, pairing.Pairs.Count);
        Assert.Equal(["exec-00000"], pairing.UnmatchedMentees.Select(u => u.Id));
    }
}
