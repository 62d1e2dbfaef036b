using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// A deterministic, realistic-looking cohort: the same size and seed always give the same participants.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Mentees are executives (seniority 4–9), strong on Leadership/Strategy/Finance, weak on the
/// default areas, and want to learn Technology/SocialMedia/Trends.</item>
/// <item>Mentors are juniors (seniority 1–4), strong on the default areas, weak on the executive ones,
/// and want to learn Leadership/Strategy/Finance. A mentor at 4 and an executive at 4 are not allowed
/// together by the seniority rule, so some pairs are excluded.</item>
/// <item>Manager tree: executive 0 is the root; every other executive reports to an earlier executive;
/// 80% of mentors report to an executive, 20% to an earlier mentor (a team lead). Parents always come
/// earlier, so there is no cycle. The reporting-line rule therefore excludes each mentor's whole chain.</item>
/// <item>8 departments and 6 locations; a mentor is in their manager's department 85% of the time.</item>
/// </list>
/// </remarks>
public static class SyntheticCohort
{
    /// <summary>The default seed, so every benchmark run sees the same cohort.</summary>
    public const int DefaultSeed = 20_240_601;

    private static readonly string[] Departments =
        ["Engineering", "Marketing", "Finance", "Sales", "Operations", "HR", "Legal", "Product"];

    private static readonly string[] Locations = ["London", "Paris", "Berlin", "New York", "Singapore", "Madrid"];

    private static readonly string[] JuniorAreas = [SkillAreas.Technology, SkillAreas.SocialMedia, SkillAreas.Trends];

    private static readonly string[] ExecutiveAreas = ["Leadership", "Strategy", "Finance"];

    /// <summary>Generates <paramref name="mentees"/> executives and <paramref name="mentors"/> juniors.</summary>
    public static IReadOnlyList<Participant> Generate(int mentees, int mentors, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mentees);
        ArgumentOutOfRangeException.ThrowIfNegative(mentors);

        // A seeded pseudo-random stream is what we want here: reproducible benchmark data, not security.
#pragma warning disable CA5394
        var random = new Random(seed);
        var people = new List<Participant>(mentees + mentors);
        var execDepartments = new string[mentees];
        for (var e = 0; e < mentees; e++)
        {
            string? manager = e == 0 ? null : ExecId(random.Next(e));
            execDepartments[e] = e == 0 ? "Executive Office" : Pick(random, Departments);
            people.Add(new Participant(
                ExecId(e),
                ParticipantRole.Mentee,
                department: execDepartments[e],
                managerId: manager,
                seniority: 4 + random.Next(6),
                location: Pick(random, Locations),
                utcOffset: Math.Round((random.NextDouble() * 10) - 5),
                languages: random.NextDouble() < 0.3 ? ["en", "fr"] : ["en"],
                skills: Levels(random, strong: ExecutiveAreas, weak: JuniorAreas),
                goals: Goals(random, JuniorAreas)));
        }

        var mentorDepartments = new string[mentors];
        for (var m = 0; m < mentors; m++)
        {
            string? manager;
            string managerDepartment;
            if ((m > 0 && random.NextDouble() < 0.2) || mentees == 0)
            {
                var lead = m > 0 ? random.Next(m) : 0;
                manager = m > 0 ? MentorId(lead) : null;
                managerDepartment = m > 0 ? mentorDepartments[lead] : Pick(random, Departments);
            }
            else
            {
                var boss = random.Next(mentees);
                manager = ExecId(boss);
                managerDepartment = execDepartments[boss];
            }

            mentorDepartments[m] = random.NextDouble() < 0.85 ? managerDepartment : Pick(random, Departments);
            people.Add(new Participant(
                MentorId(m),
                ParticipantRole.Mentor,
                department: mentorDepartments[m],
                managerId: manager,
                seniority: 1 + random.Next(4),
                location: Pick(random, Locations),
                utcOffset: Math.Round((random.NextDouble() * 10) - 5),
                languages: random.NextDouble() < 0.4 ? ["en", "es"] : ["en"],
                skills: Levels(random, strong: JuniorAreas, weak: ExecutiveAreas),
                goals: Goals(random, ExecutiveAreas)));
        }
#pragma warning restore CA5394

        return people;
    }

    /// <summary>Generates and validates a cohort with <paramref name="perSide"/> people on each side.</summary>
    public static Cohort Create(int perSide, int seed = DefaultSeed) => new(Generate(perSide, perSide, seed));

    private static string ExecId(int k) => $"exec-{k:D5}";

    private static string MentorId(int k) => $"mentor-{k:D5}";

#pragma warning disable CA5394
    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static Dictionary<string, double> Levels(Random random, string[] strong, string[] weak)
    {
        var levels = new Dictionary<string, double>(SkillAreas.NameComparer);
        foreach (var area in strong)
        {
            levels[area] = Math.Round(2.5 + (random.NextDouble() * 2.5), 1);
        }

        foreach (var area in weak)
        {
            levels[area] = Math.Round(random.NextDouble() * 2.5, 1);
        }

        return levels;
    }

    private static Dictionary<string, double> Goals(Random random, string[] areas)
    {
        // Each person wants one to all of the areas, with weights in (0, 1].
        var goals = new Dictionary<string, double>(SkillAreas.NameComparer);
        foreach (var area in areas)
        {
            if (goals.Count == 0 || random.NextDouble() < 0.6)
            {
                goals[area] = Math.Round(0.1 + (random.NextDouble() * 0.9), 2);
            }
        }

        return goals;
    }
#pragma warning restore CA5394
}
