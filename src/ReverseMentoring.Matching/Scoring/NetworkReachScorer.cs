using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// People meet outside their circle: 0.5 when the departments differ plus 0.5 when the locations differ.
/// An unknown department or location on either side counts as not different.
/// </summary>
internal sealed class NetworkReachScorer : PairScorer
{
    private const double PerDifference = 0.5;

    public static NetworkReachScorer Instance { get; } = new();

    public override IReadOnlyList<string> ComponentNames { get; } = ["NetworkReach"];

    public override void Score(Participant mentor, Participant mentee, Span<double> components)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentee);
        components[0] = (Differs(mentor.Department, mentee.Department) + Differs(mentor.Location, mentee.Location)) * PerDifference;
    }

    internal override void ScoreAll(ScoringTable table, double[] buffer, int stride, int offset, double weight)
    {
        var mentors = table.MentorSide;
        var mentees = table.MenteeSide;
        var mentorCount = table.Mentors.Count;
        for (var i = 0; i < table.Mentees.Count; i++)
        {
            for (var j = 0; j < mentorCount; j++)
            {
                var differences = Differs(mentors.Departments[j], mentees.Departments[i]) + Differs(mentors.Locations[j], mentees.Locations[i]);
                buffer[(((i * mentorCount) + j) * stride) + offset] = weight * differences * PerDifference;
            }
        }
    }

    private static int Differs(string? a, string? b) => Labels.Differ(a, b) ? 1 : 0;

    private static int Differs(int a, int b) => a >= 0 && b >= 0 && a != b ? 1 : 0;
}
