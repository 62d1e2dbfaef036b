using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>
/// A random cohort wide enough for the vector paths: 0..40 skill areas (more than a vector's width), 1..37 mentors
/// (so most counts leave a tail that is not a whole vector), 1..6 mentees, and some pairs forbidden, whole rows too.
/// </summary>
public sealed class WideCohortCase
{
    public WideCohortCase(Participant[] mentors, Participant[] mentees, ParticipantPair[] forbidden)
    {
        Mentors = mentors;
        Mentees = mentees;
        Forbidden = forbidden;
    }

    public Participant[] Mentors { get; }

    public Participant[] Mentees { get; }

    public ParticipantPair[] Forbidden { get; }

    public Cohort Cohort => new([.. Mentors, .. Mentees]);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Mentors.Length} mentors, {Mentees.Length} mentees, {Mentors.Concat(Mentees).SelectMany(p => p.Skills.Keys.Concat(p.Goals.Keys)).Distinct(StringComparer.OrdinalIgnoreCase).Count()} areas, {Forbidden.Length} forbidden");
}

/// <summary>FsCheck arbitraries for <see cref="WideCohortCase"/>.</summary>
public static class WideCohortArbitraries
{
    public static Arbitrary<WideCohortCase> Cohorts() => CohortGen.ToArbitrary();

    private static Gen<WideCohortCase> CohortGen =>
        from areaCount in Gen.Choose(0, 40)
        from mentorCount in Gen.Choose(1, 37)
        from menteeCount in Gen.Choose(1, 6)
        from mentors in Gen.CollectToArray(Enumerable.Range(0, mentorCount), j => Person($"jr-{j}", ParticipantRole.Mentor, areaCount))
        from mentees in Gen.CollectToArray(Enumerable.Range(0, menteeCount), i => Person($"ex-{i}", ParticipantRole.Mentee, areaCount))
        from density in Gen.Elements(0.0, 0.5, 0.9, 1.0).ArrayOf(menteeCount) // 0: a row with nobody allowed
        from draws in Gen.Choose(0, 99).ArrayOf(menteeCount * mentorCount)
        select new WideCohortCase(
            mentors,
            mentees,
            [.. from i in Enumerable.Range(0, menteeCount)
                from j in Enumerable.Range(0, mentorCount)
                where draws[(i * mentorCount) + j] >= density[i] * 100
                select new ParticipantPair(mentors[j].Id, mentees[i].Id)]);

    private static Gen<Participant> Person(string id, ParticipantRole role, int areaCount) =>
        from department in Gen.Elements<string?>(null, "Eng", "ENG", "Finance", "Sales")
        from location in Gen.Elements<string?>(null, "Paris", "NYC", "nyc")
        from skills in Areas(areaCount, Gen.Choose(0, 10).Select(x => x / 2.0))
        from goals in Areas(areaCount, Gen.Elements(0, 0, 1, 2, 3, 4).Select(x => x / 4.0))
        select new Participant(id, role, department: department, location: location, skills: skills, goals: goals);

    // Each area listed or not; area names differ in case only by the area's parity, as in real files.
    private static Gen<Dictionary<string, double>> Areas(int count, Gen<double> value) =>
        from picks in Gen.Elements(true, false).Zip(value).ArrayOf(count)
        select Enumerable.Range(0, count)
            .Where(a => picks[a].Item1)
            .ToDictionary(a => a % 2 == 0 ? $"Area{a:D2}" : $"AREA{a:D2}", a => picks[a].Item2);
}
