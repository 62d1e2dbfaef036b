using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>A random, valid set of participants (acyclic manager ids) and a permutation of it.</summary>
public sealed class CohortCase
{
    public CohortCase(Participant[] people, int[] order)
    {
        People = people;
        Order = order;
    }

    public Participant[] People { get; }

    public int[] Order { get; }

    public Participant[] Shuffled => [.. Order.Select(k => People[k])];

    public override string ToString() => string.Join(
        "\n  ",
        People.Select(p => string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Role} {p.Id} sen={p.Seniority} mgr={p.ManagerId} dept={p.Department} loc={p.Location} lang=[{string.Join(",", p.Languages)}] " +
            $"skills=[{string.Join(",", p.Skills.Select(s => $"{s.Key}:{s.Value}"))}] goals=[{string.Join(",", p.Goals.Select(g => $"{g.Key}:{g.Value}"))}]")))
        + $"\n  order {string.Join(",", Order)}";
}

/// <summary>FsCheck arbitraries for random cohorts: 0..12 people, small value sets so ties and collisions are common.</summary>
public static class CohortArbitraries
{
    private static readonly string[] AreaNames = ["Technology", "SocialMedia", "Trends", "Leadership", "strategy", "STRATEGY"];

    public static Arbitrary<CohortCase> Cohorts() => CohortGen.ToArbitrary();

    public static Gen<CohortCase> CohortGen =>
        from count in Gen.Choose(0, 12)
        from isMentor in Gen.Elements(true, false).ArrayOf(count)
        from people in Gen.CollectToArray(Enumerable.Range(0, count), i => Person(i, isMentor))
        from order in Gen.Shuffle(Enumerable.Range(0, count))
        select new CohortCase(people, order);

    private static string Id(int index, bool[] isMentor) => isMentor[index] ? $"jr-{(index * 7) % 13}-{index}" : $"ex-{(index * 5) % 13}-{index}";

    private static Gen<Participant> Person(int index, bool[] isMentor) =>
        from seniority in isMentor[index] ? Gen.Elements(1.0, 2.0, 3.0, 5.0) : Gen.Elements(2.0, 4.0, 5.0, 6.0)
        from managerPick in Gen.Choose(-3, index - 1)
        from department in Gen.Elements<string?>(null, "Eng", "eng", "Finance", "Marketing")
        from location in Gen.Elements<string?>(null, "Paris", "paris", "NYC")
        from languages in Gen.SubListOf("en", "fr", "EN", "de")
        from skills in Areas(Gen.Choose(0, 10).Select(x => x / 2.0))
        from goals in Areas(Gen.Choose(0, 4).Select(x => x / 4.0))
        select new Participant(
            Id(index, isMentor),
            isMentor[index] ? ParticipantRole.Mentor : ParticipantRole.Mentee,
            department: department,
            managerId: managerPick switch
            {
                -3 or -2 => null,
                -1 => "board",
                _ => Id(managerPick, isMentor), // only earlier people: no cycles
            },
            seniority: seniority,
            location: location,
            languages: languages,
            skills: skills,
            goals: goals);

    private static Gen<Dictionary<string, double>> Areas(Gen<double> value) =>
        from picks in Gen.CollectToArray(AreaNames, name => Gen.Elements(true, false).Zip(value))
        select AreaNames.Zip(picks)
            .Where(x => x.Second.Item1)
            .DistinctBy(x => x.First, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(x => x.First, x => x.Second.Item2);
}
