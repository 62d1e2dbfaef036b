using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>
/// The documented scoring formulas written independently of the library, straight from the docs:
/// skill gap = sum(goal × max(0, teacher − learner)) / (5 × sum(goal)), 0 without goals;
/// network reach = 0.5 per differing known department / location (case-insensitive).
/// </summary>
internal static class ReferenceScores
{
    public static double Gap(Participant teacher, Participant learner)
    {
        double weighted = 0, goals = 0;
        foreach (var (area, goal) in learner.Goals)
        {
            var teacherLevel = teacher.Skills.FirstOrDefault(s => string.Equals(s.Key, area, StringComparison.OrdinalIgnoreCase)).Value;
            var learnerLevel = learner.Skills.FirstOrDefault(s => string.Equals(s.Key, area, StringComparison.OrdinalIgnoreCase)).Value;
            weighted += goal * Math.Max(0, teacherLevel - learnerLevel);
            goals += goal;
        }

        return goals == 0 ? 0 : weighted / (5 * goals);
    }

    public static double SkillGap(Participant mentor, Participant mentee) => Gap(mentor, mentee);

    public static double Reciprocal(Participant mentor, Participant mentee) => Gap(mentee, mentor);

    public static double NetworkReach(Participant mentor, Participant mentee)
    {
        static double Differs(string? a, string? b) =>
            a is null || b is null ? 0 : string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? 0 : 0.5;
        return Differs(mentor.Department, mentee.Department) + Differs(mentor.Location, mentee.Location);
    }

    public static double Composite(Participant mentor, Participant mentee, double gap = 0.6, double reciprocal = 0.25, double reach = 0.15)
    {
        var total = gap + reciprocal + reach;
        return ((gap * SkillGap(mentor, mentee)) + (reciprocal * Reciprocal(mentor, mentee)) + (reach * NetworkReach(mentor, mentee))) / total;
    }
}
