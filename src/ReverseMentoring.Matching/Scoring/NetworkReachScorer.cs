using System.Numerics;
using System.Runtime.CompilerServices;
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

    internal override bool HasBuiltInRows => true;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // vector loops run a few thousand times per run: too few for tiered JIT to reach them in time
    internal override void AddColumns(ScoringTable table, int mentee, int firstMentor, Span<double> row, double weight)
    {
        var mentors = table.MentorSide;
        var department = table.MenteeSide.Departments[mentee];
        var location = table.MenteeSide.Locations[mentee];
        if (weight == 0 || (department < 0 && location < 0))
        {
            return; // nothing known on the mentee's side: no difference with anyone
        }

        var half = weight * PerDifference;
        var j = 0;
        for (; j <= row.Length - Vector<long>.Count; j += Vector<long>.Count)
        {
            var reach = Vector.ConditionalSelect(Differs(new Vector<long>(mentors.Departments, firstMentor + j), department), new Vector<double>(half), Vector<double>.Zero)
                + Vector.ConditionalSelect(Differs(new Vector<long>(mentors.Locations, firstMentor + j), location), new Vector<double>(half), Vector<double>.Zero);
            (new Vector<double>(row[j..]) + reach).CopyTo(row[j..]);
        }

        for (; j < row.Length; j++)
        {
            row[j] += (Differs(mentors.Departments[firstMentor + j], department) + Differs(mentors.Locations[firstMentor + j], location)) * half;
        }
    }

    private static int Differs(string? a, string? b) => Labels.Differ(a, b) ? 1 : 0;

    private static int Differs(long a, long b) => a >= 0 && b >= 0 && a != b ? 1 : 0;

    // All bits set where the mentor's id is known, the mentee's is known, and they are not the same.
    private static Vector<long> Differs(Vector<long> mentors, long mentee) =>
        mentee < 0
            ? Vector<long>.Zero
            : Vector.AndNot(Vector.GreaterThanOrEqual(mentors, Vector<long>.Zero), Vector.Equals(mentors, new Vector<long>(mentee)));
}
