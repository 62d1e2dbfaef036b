using System.Numerics;
using System.Runtime.CompilerServices;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// How much the teacher knows above the learner on the areas the learner wants to learn:
/// <c>sum over areas of goal(learner) * max(0, level(teacher) - level(learner)) / 5</c>, divided by the sum
/// of the learner's goals. 0 when the learner has no goals. Skill gap: mentor teaches mentee.
/// Reciprocal: the same measure the other way, the executive teaching the junior on the junior's goals.
/// </summary>
internal sealed class GapScorer : PairScorer
{
    private readonly bool _mentorTeaches;

    private GapScorer(string name, bool mentorTeaches)
    {
        ComponentNames = [name];
        _mentorTeaches = mentorTeaches;
    }

    public static GapScorer SkillGap { get; } = new("SkillGap", mentorTeaches: true);

    public static GapScorer Reciprocal { get; } = new("Reciprocal", mentorTeaches: false);

    public override IReadOnlyList<string> ComponentNames { get; }

    public override void Score(Participant mentor, Participant mentee, Span<double> components)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentee);
        var (teacher, learner) = _mentorTeaches ? (mentor, mentee) : (mentee, mentor);
        double sum = 0, goals = 0;
        foreach (var (area, goal) in learner.GoalEntries) // an array: no boxed enumerator per pair
        {
            goals += goal;
            sum += goal * Math.Max(0, teacher.SkillIn(area) - learner.SkillIn(area));
        }

        components[0] = goals > 0 ? sum / (goals * SkillAreas.MaxLevel) : 0;
    }

    internal override bool HasBuiltInRows => true;

    internal override void AddColumns(ScoringTable table, int mentee, int firstMentor, Span<double> row, double weight)
    {
        if (weight == 0)
        {
            return; // built-ins are finite, so a part weighted 0 adds exactly 0
        }

        if (_mentorTeaches)
        {
            AddTaughtRow(table, mentee, firstMentor, row, weight);
        }
        else
        {
            AddLearnedRow(table, mentee, firstMentor, row, weight);
        }
    }

    // Skill gap: the mentee learns, so goals and levels of the row are scalars, the mentors' levels a vector.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // vector loops run a few thousand times per run: too few for tiered JIT to reach them in time
    private static void AddTaughtRow(ScoringTable table, int mentee, int firstMentor, Span<double> row, double weight)
    {
        var scale = weight * table.MenteeSide.GapScales[mentee];
        if (scale == 0)
        {
            return; // no goals: the gap is 0 for every mentor
        }

        var areas = table.AreaCount;
        var count = row.Length;
        var stride = table.Mentors.Count; // mentor j, area a at a * stride + j
        var goals = table.MenteeSide.Goals.AsSpan(mentee * areas, areas);
        var levels = table.MenteeSide.Levels.AsSpan(mentee * areas, areas);
        var mentorLevels = table.MentorSide.Levels;
        var j = 0;
        for (; j <= count - Vector<double>.Count; j += Vector<double>.Count)
        {
            var sum = Vector<double>.Zero;
            for (var a = 0; a < areas; a++)
            {
                if (goals[a] == 0)
                {
                    continue; // adds goal * gap = 0 exactly
                }

                var gap = Vector.Max(new Vector<double>(mentorLevels, (a * stride) + firstMentor + j) - new Vector<double>(levels[a]), Vector<double>.Zero);
                sum += gap * goals[a];
            }

            (new Vector<double>(row[j..]) + (sum * scale)).CopyTo(row[j..]);
        }

        for (; j < count; j++)
        {
            double sum = 0;
            for (var a = 0; a < areas; a++)
            {
                sum += goals[a] * Math.Max(0, mentorLevels[(a * stride) + firstMentor + j] - levels[a]);
            }

            row[j] += sum * scale;
        }
    }

    // Reciprocal: each mentor learns, so their goals and goal sums are vectors, the mentee's levels scalars.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddLearnedRow(ScoringTable table, int mentee, int firstMentor, Span<double> row, double weight)
    {
        var areas = table.AreaCount;
        var count = row.Length;
        var stride = table.Mentors.Count;
        var levels = table.MenteeSide.Levels.AsSpan(mentee * areas, areas);
        var mentors = table.MentorSide;
        var j = 0;
        for (; j <= count - Vector<double>.Count; j += Vector<double>.Count)
        {
            var sum = Vector<double>.Zero;
            for (var a = 0; a < areas; a++)
            {
                if (levels[a] == 0 || !mentors.AreaHasGoal[a])
                {
                    continue; // levels are at least 0, so the gap is 0; or no mentor wants the area: the goal is 0
                }

                var at = (a * stride) + firstMentor + j;
                var gap = Vector.Max(new Vector<double>(levels[a]) - new Vector<double>(mentors.Levels, at), Vector<double>.Zero);
                sum += gap * new Vector<double>(mentors.Goals, at);
            }

            var scale = new Vector<double>(mentors.GapScales, firstMentor + j) * weight;
            (new Vector<double>(row[j..]) + (sum * scale)).CopyTo(row[j..]);
        }

        for (; j < count; j++)
        {
            double sum = 0;
            for (var a = 0; a < areas; a++)
            {
                var at = (a * stride) + firstMentor + j;
                sum += mentors.Goals[at] * Math.Max(0, levels[a] - mentors.Levels[at]);
            }

            row[j] += sum * (mentors.GapScales[firstMentor + j] * weight);
        }
    }
}
