using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Generating;

/// <summary>One generation run: a seeded pseudo-random stream, consumed in a fixed order.</summary>
/// <remarks>The draw order is part of the output: reordering draws changes every cohort generated for a seed.</remarks>
internal sealed class CohortGenerator
{
    /// <summary>The executive areas: what executives are good at and juniors want to learn.</summary>
    public const string Leadership = "Leadership";

    /// <summary>The second executive area.</summary>
    public const string Strategy = "Strategy";

    private const string ExecutiveOffice = "Executive Office";

    private static readonly string[] Departments =
        ["Technology", "Marketing", "Finance", "Sales", "Operations", "HR", "Legal", "Product"];

    private static readonly string[] FirstNames =
    [
        "Ada", "Ben", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Liam",
        "Maya", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wei", "Yara", "Zoe",
    ];

    private static readonly string[] LastNames =
    [
        "Adeyemi", "Bauer", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ito", "Jensen", "Kowalski",
        "Lopez", "Martin", "Nakamura", "Okafor", "Patel", "Rossi", "Schmidt", "Tanaka", "Usman", "Virtanen", "Wong",
    ];

    private readonly Random _random;

    public CohortGenerator(int seed)
    {
        // A seeded stream is the point: reproducible fiction, not security.
#pragma warning disable CA5394
        _random = new Random(seed);
#pragma warning restore CA5394
    }

    public static string ExecutiveId(int k) => string.Create(CultureInfo.InvariantCulture, $"exec-{k:D5}");

    public static string MentorId(int k) => string.Create(CultureInfo.InvariantCulture, $"mentor-{k:D5}");

    public IReadOnlyList<Participant> Generate(int mentees, int mentors)
    {
        var people = new List<Participant>(mentees + mentors);
        var executives = new Participant[mentees];
        var depth = new int[mentees];
        for (var e = 0; e < mentees; e++)
        {
            Participant? boss = null;
            if (e > 0)
            {
                var parent = Next(e);
                boss = executives[parent];
                depth[e] = depth[parent] + 1;
            }

            executives[e] = Executive(e, boss, depth[e]);
            people.Add(executives[e]);
        }

        var leads = new List<Participant>();
        var juniors = new Participant[mentors];
        for (var m = 0; m < mentors; m++)
        {
            Participant? boss;
            var isLead = false;
            if (leads.Count > 0 && Chance(0.2))
            {
                boss = leads[Next(leads.Count)];
            }
            else if (mentees > 0)
            {
                // Juniors rarely report straight to the CEO.
                boss = executives[mentees == 1 ? 0 : 1 + Next(mentees - 1)];
                isLead = Chance(0.25);
            }
            else
            {
                boss = m == 0 ? null : juniors[Next(m)];
            }

            juniors[m] = Junior(m, boss, isLead);
            if (isLead)
            {
                leads.Add(juniors[m]);
            }

            people.Add(juniors[m]);
        }

        return people.AsReadOnly();
    }

    private Participant Executive(int k, Participant? boss, int depth)
    {
        var department = boss is null ? ExecutiveOffice
            : boss.Department == ExecutiveOffice ? Departments[(k - 1) % Departments.Length]
            : Chance(0.85) ? boss.Department! : Pick(Departments);
        var place = boss is null || !Chance(0.6) ? Pick(Place.All) : Place.All.First(p => p.City == boss.Location);
        var seniority = Math.Max(4, 8 - depth);
        var bonus = (seniority - 4) * 0.1;
        var skills = new Dictionary<string, double>(SkillAreas.NameComparer)
        {
            [Leadership] = Level(3.5 + bonus, 5),
            [Strategy] = Level(3 + bonus, 5),
            [SkillAreas.Technology] = department == "Technology" ? Level(2, 4) : Level(0.5, 2.5),
            [SkillAreas.SocialMedia] = department == "Marketing" ? Level(1.5, 3.5) : Level(0, 2),
            [SkillAreas.Trends] = Level(0.5, 3),
        };
        return new Participant(
            ExecutiveId(k),
            ParticipantRole.Mentee,
            name: Name(),
            department: department,
            managerId: boss?.Id,
            seniority: seniority,
            location: place.City,
            utcOffset: place.UtcOffset,
            languages: Languages(place),
            skills: skills,
            goals: Goals(skills, SkillAreas.Defaults));
    }

    private Participant Junior(int k, Participant? boss, bool isLead)
    {
        var department = boss?.Department is { } managers && Chance(0.9) ? managers : Pick(Departments);
        if (department == ExecutiveOffice)
        {
            department = Pick(Departments);
        }

        var place = boss is null || !Chance(0.7) ? Pick(Place.All) : Place.All.First(p => p.City == boss.Location);
        var skills = new Dictionary<string, double>(SkillAreas.NameComparer)
        {
            [SkillAreas.Technology] = department == "Technology" ? Level(4, 5) : Level(3, 5),
            [SkillAreas.SocialMedia] = Level(3, 5),
            [SkillAreas.Trends] = Level(2.5, 5),
            [Leadership] = isLead ? Level(1.5, 3) : Level(0, 2),
            [Strategy] = Level(0, 2),
        };
        return new Participant(
            MentorId(k),
            ParticipantRole.Mentor,
            name: Name(),
            department: department,
            managerId: boss?.Id,
            seniority: isLead ? 3 : 1 + Next(2),
            location: place.City,
            utcOffset: place.UtcOffset,
            languages: Languages(place),
            skills: skills,
            goals: Goals(skills, [Leadership, Strategy]));
    }

    /// <summary>The weaker someone is in an area, the more they want to learn it; at least the weakest area is kept.</summary>
    private Dictionary<string, double> Goals(Dictionary<string, double> skills, IReadOnlyList<string> areas)
    {
        var goals = new Dictionary<string, double>(SkillAreas.NameComparer);
        var weakest = areas.OrderBy(a => skills[a]).ThenBy(a => a, StringComparer.Ordinal).First();
        foreach (var area in areas)
        {
            var want = 0.25 + (0.75 * (1 - (skills[area] / SkillAreas.MaxLevel)));
            var weight = Math.Round(Math.Clamp(want * (0.7 + (0.4 * NextDouble())), 0.05, 1), 2);
            if (area == weakest || Chance(0.75))
            {
                goals[area] = weight;
            }
        }

        return goals;
    }

    private List<string> Languages(Place place)
    {
        var languages = new List<string> { "English" };
        if (place.Language != "English" && Chance(0.9))
        {
            languages.Add(place.Language);
        }

        if (Chance(0.2))
        {
            var extra = Pick(Place.ExtraLanguages);
            if (!languages.Contains(extra))
            {
                languages.Add(extra);
            }
        }

        return languages;
    }

    private string Name() => $"{Pick(FirstNames)} {Pick(LastNames)}";

    private double Level(double low, double high) => Math.Round(low + ((high - low) * NextDouble()), 1);

    private T Pick<T>(IReadOnlyList<T> values) => values[Next(values.Count)];

    private bool Chance(double probability) => NextDouble() < probability;

#pragma warning disable CA5394 // See the constructor: a seeded stream on purpose.
    private int Next(int maxExclusive) => _random.Next(maxExclusive);

    private double NextDouble() => _random.NextDouble();
#pragma warning restore CA5394
}
