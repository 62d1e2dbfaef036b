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

    internal override void ScoreAll(ScoringTable table, double[] buffer, int stride, int offset, double weight)
    {
        var areas = table.AreaCount;
        var mentors = table.MentorSide;
        var mentees = table.MenteeSide;
        var mentorCount = table.Mentors.Count;
        for (var i = 0; i < table.Mentees.Count; i++)
        {
            for (var j = 0; j < mentorCount; j++)
            {
                var (teacher, t, learner, l) = _mentorTeaches ? (mentors, j, mentees, i) : (mentees, i, mentors, j);
                var goals = learner.GoalSums[l];
                double sum = 0;
                for (var a = 0; a < areas; a++)
                {
                    var gap = teacher.Levels[(t * areas) + a] - learner.Levels[(l * areas) + a];
                    if (gap > 0)
                    {
                        sum += learner.Goals[(l * areas) + a] * gap;
                    }
                }

                buffer[(((i * mentorCount) + j) * stride) + offset] =
                    goals > 0 ? weight * (sum / (goals * SkillAreas.MaxLevel)) : 0;
            }
        }
    }
}
