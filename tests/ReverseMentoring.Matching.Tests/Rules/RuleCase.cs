using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;

namespace ReverseMentoring.Matching.Tests.Rules;

/// <summary>A random cohort (up to 12 per side) and a random, ordered mix of built-in and user-written rules.</summary>
public sealed class RuleCase(Participant[] people, PairRule[] rules)
{
    public Participant[] People { get; } = people;

    public PairRule[] Rules { get; } = rules;

    public override string ToString() => string.Join(
        "\n  ",
        People.Select(p => string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Role} {p.Id} sen={p.Seniority} mgr={p.ManagerId} dept={p.Department} tz={p.UtcOffset} lang=[{string.Join(",", p.Languages)}]")))
        + $"\n  rules {string.Join(", ", Rules.Select(r => r.Name))}";
}

/// <summary>A user-written rule that looks only at the ids; pure, so that asking twice gives the same answer.</summary>
public sealed class IdChecksumRule : PairRule
{
    public override string Name => "checksum";

    public override string ExclusionReason => "with an unlucky checksum";

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) => (mentor.Id[^1] + mentee.Id[^1]) % 3 != 0;
}

/// <summary>A user-written rule built on the cohort: the mentee must not manage the mentor (one direction of the reporting line).</summary>
public sealed class NotManagedByMenteeRule : PairRule
{
    public override string Name => "not managed by mentee";

    public override string ExclusionReason => "managed by the mentee";

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) => !cohort.Manages(mentee, mentor);
}

/// <summary>FsCheck arbitraries for <see cref="RuleCase"/>.</summary>
public static class RuleCaseArbitraries
{
    public static Arbitrary<RuleCase> Cases() => CaseGen.ToArbitrary();

    private static Gen<RuleCase> CaseGen =>
        from mentors in Gen.OneOf(Gen.Choose(0, 12), Gen.Choose(60, 140)) // also rows of full 64-mentor words (asked a word at once)
        from mentees in Gen.Choose(0, 12)
        from isMentor in Gen.Shuffle(Enumerable.Repeat(true, mentors).Concat(Enumerable.Repeat(false, mentees)))
        from names in Gen.Shuffle(Enumerable.Range(0, mentors + mentees)) // ids, hence sort order, unrelated to the hierarchy
        from people in Gen.CollectToArray(Enumerable.Range(0, mentors + mentees), k => Person(k, isMentor, names))
        from rules in Rules(people)
        select new RuleCase(people, rules);

    private static string Id(int k, bool[] isMentor, int[] names) =>
        string.Create(CultureInfo.InvariantCulture, $"{(isMentor[k] ? "jr" : "ex")}-{names[k]:00}");

    // A manager is someone created earlier (so no cycles), often the one just before (long chains), or an outsider.
    private static Gen<Participant> Person(int k, bool[] isMentor, int[] names) =>
        from seniority in Gen.Elements(1.0, 2.0, 3.0, 4.0, 5.0)
        from chain in Gen.Elements(true, false)
        from managerPick in Gen.Choose(-4, k - 1)
        from department in Gen.Elements<string?>(null, "Eng", "eng", "Finance")
        from offset in Gen.Elements<double?>(null, -5.0, 0.0, 1.0, 3.5, 9.0)
        from languages in Gen.SubListOf("en", "EN", "fr", "de")
        select new Participant(
            Id(k, isMentor, names),
            isMentor[k] ? ParticipantRole.Mentor : ParticipantRole.Mentee,
            department: department,
            managerId: (chain && k > 0 ? k - 1 : managerPick) switch
            {
                -4 or -3 => null,
                -2 => "board",
                -1 => "vacant",
                var m => Id(m, isMentor, names),
            },
            seniority: seniority,
            utcOffset: offset,
            languages: languages);

    private static Gen<PairRule[]> Rules(Participant[] people) =>
        from window in Gen.Elements(0.0, 1.0, 4.0)
        from forbidden in Pairs(people)
        from history in Pairs(people)
        from chosen in Gen.SubListOf(
            PairRules.ReportingLine,
            PairRules.Seniority,
            PairRules.LanguageOverlap,
            PairRules.SameDepartment,
            PairRules.TimeZoneWindow(window),
            PairRules.Forbidden(forbidden),
            PairRules.History(history),
            new IdChecksumRule(),
            new NotManagedByMenteeRule())
        from order in Gen.Shuffle(chosen.ToArray())
        select order;

    // Mostly real mentor and mentee ids, sometimes a stranger's.
    private static Gen<ParticipantPair[]> Pairs(Participant[] people)
    {
        string[] mentors = [.. people.Where(p => p.Role == ParticipantRole.Mentor).Select(p => p.Id), "stranger"];
        string[] mentees = [.. people.Where(p => p.Role == ParticipantRole.Mentee).Select(p => p.Id), "stranger"];
        return from count in Gen.Choose(0, 8)
               from pairs in (from mentor in Gen.Elements(mentors) from mentee in Gen.Elements(mentees) select new ParticipantPair(mentor, mentee)).ArrayOf(count)
               select pairs;
    }
}
