using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// The participants of one scoring run flattened into dense arrays once, so that built-in scorers
/// loop over numbers instead of looking up dictionaries per pair.
/// </summary>
/// <remarks>
/// Mentees are read one row at a time, so their side is row-major (mentee <c>i</c>, area <c>a</c> at
/// <c>i * AreaCount + a</c>). Mentors are the columns a row is vectorised over, so their side is area-major
/// (mentor <c>j</c>, area <c>a</c> at <c>a * MentorCount + j</c>): a vector of consecutive mentors is one plain load.
/// </remarks>
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

        // Departments and locations become small integers shared by both sides; -1 is unknown.
        var departments = new Dictionary<string, int>(Labels.Comparer);
        var locations = new Dictionary<string, int>(Labels.Comparer);
        MentorSide = new Side(mentors, areas, areaMajor: true, departments, locations);
        MenteeSide = new Side(mentees, areas, areaMajor: false, departments, locations);
    }

    public IReadOnlyList<Participant> Mentors { get; }

    public IReadOnlyList<Participant> Mentees { get; }

    public int AreaCount { get; }

    /// <summary>Area-major: mentor <c>j</c>, area <c>a</c> at <c>a * Mentors.Count + j</c>.</summary>
    public Side MentorSide { get; }

    /// <summary>Row-major: mentee <c>i</c>, area <c>a</c> at <c>i * AreaCount + a</c>.</summary>
    public Side MenteeSide { get; }

    /// <summary>One side's numbers, laid out as the owning table says.</summary>
    internal sealed class Side
    {
        public Side(
            IReadOnlyList<Participant> people, string[] areas, bool areaMajor, Dictionary<string, int> departments, Dictionary<string, int> locations)
        {
            Levels = new double[people.Count * areas.Length];
            Goals = new double[people.Count * areas.Length];
            GoalSums = new double[people.Count];
            GapScales = new double[people.Count];
            AreaHasGoal = new bool[areas.Length];
            Departments = new long[people.Count];
            Locations = new long[people.Count];
            for (var p = 0; p < people.Count; p++)
            {
                for (var a = 0; a < areas.Length; a++)
                {
                    var at = areaMajor ? (a * people.Count) + p : (p * areas.Length) + a;
                    Levels[at] = people[p].SkillIn(areas[a]);
                    Goals[at] = people[p].GoalIn(areas[a]);
                    GoalSums[p] += Goals[at];
                    AreaHasGoal[a] |= Goals[at] > 0;
                }

                // Goals are at least 0, so a sum of 0 means no goal at all: the gap is then 0, not 0 / 0.
                GapScales[p] = GoalSums[p] > 0 ? 1 / (GoalSums[p] * SkillAreas.MaxLevel) : 0;
                Departments[p] = Intern(departments, people[p].Department);
                Locations[p] = Intern(locations, people[p].Location);
            }
        }

        public double[] Levels { get; }

        public double[] Goals { get; }

        public double[] GoalSums { get; }

        /// <summary><c>1 / (5 * GoalSums[p])</c>, or 0 without goals: turns a weighted gap sum into the gap score.</summary>
        public double[] GapScales { get; }

        /// <summary>Per area: whether anyone on this side wants to learn it (areas nobody wants add nothing to a gap).</summary>
        public bool[] AreaHasGoal { get; }

        /// <summary>Interned department per person, -1 when unknown; long so a vector of them lines up with doubles.</summary>
        public long[] Departments { get; }

        /// <summary>Interned location per person, -1 when unknown.</summary>
        public long[] Locations { get; }

        private static long Intern(Dictionary<string, int> ids, string? value)
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
