using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Model;

public class CohortTests
{
    private static Participant Mentor(string id, string? manager = null) => new(id, ParticipantRole.Mentor, managerId: manager);

    private static Participant Mentee(string id, string? manager = null) => new(id, ParticipantRole.Mentee, managerId: manager, seniority: 5);

    [Fact]
    public void Duplicate_ids_are_rejected_naming_the_id()
    {
        var ex = Assert.Throws<ParticipantValidationException>(() => new Cohort([Mentor("ana"), Mentee("cfo"), Mentee("ana")]));
        Assert.Equal("ana", ex.ParticipantId);
        Assert.Equal("id", ex.Field);
        Assert.Contains("'ana'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_that_differ_only_by_surrounding_spaces_are_duplicates()
    {
        var ex = Assert.Throws<ParticipantValidationException>(() => new Cohort([Mentor("ana"), Mentor(" ana ")]));
        Assert.Equal("ana", ex.ParticipantId);
    }

    [Fact]
    public void Ids_are_case_sensitive()
    {
        var cohort = new Cohort([Mentor("ana"), Mentor("Ana")]);
        Assert.Equal(2, cohort.Mentors.Count);
    }

    [Fact]
    public void Manager_of_oneself_is_a_cycle()
    {
        var ex = Assert.Throws<ParticipantValidationException>(() => new Cohort([Mentor("ana", manager: "ana")]));
        Assert.Equal("ana", ex.ParticipantId);
        Assert.Equal("manager_id", ex.Field);
        Assert.Contains("'ana'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("manager_id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Longer_manager_cycle_is_rejected_and_shown()
    {
        // a -> b -> c -> a, given in scrambled order; walking from "a" (first by id) finds the whole loop.
        var ex = Assert.Throws<ParticipantValidationException>(() => new Cohort(
            [Mentee("c", manager: "a"), Mentor("a", manager: "b"), Mentee("b", manager: "c"), Mentor("z")]));
        Assert.Equal("manager_id", ex.Field);
        Assert.Contains("a -> b -> c -> a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chain_reaching_a_cycle_is_rejected()
    {
        // x reports to a; a and b manage each other.
        Assert.Throws<ParticipantValidationException>(() => new Cohort(
            [Mentor("x", manager: "a"), Mentee("a", manager: "b"), Mentee("b", manager: "a")]));
    }

    [Fact]
    public void Chain_leaving_the_cohort_is_fine()
    {
        var cohort = new Cohort([Mentor("x", manager: "a"), Mentee("a", manager: "board"), Mentee("b", manager: "board")]);
        Assert.Single(cohort.Mentors);
        Assert.Equal(2, cohort.Mentees.Count);
    }

    [Fact]
    public void Sides_are_sorted_by_ordinal_id()
    {
        var cohort = new Cohort([Mentor("bo"), Mentee("Zed"), Mentor("Ana"), Mentee("cfo"), Mentor("ana")]);
        Assert.Equal(["Ana", "ana", "bo"], cohort.Mentors.Select(p => p.Id));
        Assert.Equal(["Zed", "cfo"], cohort.Mentees.Select(p => p.Id));
    }

    [Fact]
    public void TryGet_finds_by_exact_id()
    {
        var cohort = new Cohort([Mentor("ana")]);
        Assert.True(cohort.TryGet("ana", out var p));
        Assert.Equal("ana", p.Id);
        Assert.False(cohort.TryGet("ANA", out _));
    }

    [Fact]
    public void Manages_follows_the_chain_through_the_cohort()
    {
        // ceo <- vp <- lead <- dev ; outsider has manager "nobody" (not in the cohort).
        var ceo = Mentee("ceo");
        var vp = Mentee("vp", manager: "ceo");
        var lead = Mentor("lead", manager: "vp");
        var dev = Mentor("dev", manager: "lead");
        var outsider = Mentor("out", manager: "nobody");
        var cohort = new Cohort([dev, ceo, outsider, lead, vp]);

        Assert.True(cohort.Manages(ceo, dev));
        Assert.True(cohort.Manages(vp, lead));
        Assert.False(cohort.Manages(dev, ceo));
        Assert.False(cohort.Manages(ceo, outsider));
        Assert.False(cohort.Manages(ceo, ceo));
    }

    [Fact]
    public void Chain_through_someone_missing_from_the_cohort_stops()
    {
        // dev -> lead (not in cohort) -> ... : we cannot know lead's manager, so ceo does not manage dev.
        var ceo = Mentee("ceo");
        var dev = Mentor("dev", manager: "lead");
        var cohort = new Cohort([ceo, dev]);
        Assert.False(cohort.Manages(ceo, dev));
    }
}
