using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// The participants of one scoring run flattened into dense arrays once, so that built-in scorers
/// loop over numbers instead of looking up dictionaries per pair.
/// </summary>
internal sealed class ScoringTable
{
    public ScoringTable(IReadOnlyList<Participant> mentors, IReadOnlyList<Participant> mentees)
    {
        Mentors = mentors;
        Mentees = mentees;
        var areas = mentors.Concat(mentees)
            .SelectMany(p => p.Skills.Keys.Concat(p.Goals.Keys))
            .Distinct(SkillAreas.NameComparer)
            .Order(SkillAreas.NameComparer)
            .ToArray();
        AreaCount = areas.Length;
        MentorSide = new Side(mentors, areas);
        MenteeSide = new Side(mentees, areas);

        // Departments and locations become small integers shared by both sides; -1 is unknown.
        var departments = new Dictionary<string, int>(Labels.Comparer);
        var locations = new Dictionary<string, int>(Labels.Comparer);
        MentorSide.Index(mentors, departments, locations);
        MenteeSide.Index(mentees, departments, locations);
    }

    public IReadOnlyList<Participant> Mentors { get; }

    public IReadOnlyList<Participant> Mentees { get; }

    public int AreaCount { get; }

    public Side MentorSide { get; }

    public Side MenteeSide { get; }

    /// <summary>One side's numbers: row p, area a is at <c>p * AreaCount + a</c>.</summary>
    internal sealed class Side
    {
        public Side(IReadOnlyList<Participant> people, string[] areas)
        {
            Levels = new double[people.Count * areas.Length];
            Goals = new double[people.Count * areas.Length];
            GoalSums = new double[people.Count];
            Departments = new int[people.Count];
            Locations = new int[people.Count];
            for (var p = 0; p < people.Count; p++)
            {
                for (var a = 0; a < areas.Length; a++)
                {
                    Levels[(p * areas.Length) + a] = people[p].SkillIn(areas[a]);
                    Goals[(p * areas.Length) + a] = people[p].GoalIn(areas[a]);
                    GoalSums[p] += Goals[(p * areas.Length) + a];
                }
            }
        }

        public double[] Levels { get; }

        public double[] Goals { get; }

        public double[] GoalSums { get; }

        public int[] Departments { get; }

        public int[] Locations { get; }

        public void Index(IReadOnlyList<Participant> people, Dictionary<string, int> departments, Dictionary<string, int> locations)
        {
            for (var p = 0; p < people.Count; p++)
            {
                Departments[p] = Intern(departments, people[p].Department);
                Locations[p] = Intern(locations, people[p].Location);
            }
        }

        private static int Intern(Dictionary<string, int> ids, string? value)
        {
            if (value is null)
            {
                return -1;
            }

            if (!ids.TryGetValue(value, out var id))
            {
                id = ids.Count;
                ids.Add(value, id);
            }

            return id;
        }
    }
}
