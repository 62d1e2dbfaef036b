using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Model;

public class CohortTests
{
    [Fact]
    public void Duplicate_ids_are_rejected_naming_the_id()
    {
        var ex = Assert.Throws<ParticipantValidationException>(() => new Cohort([Participant.Mentor("ana", 0), Participant.Mentee("cfo", 5), Participant.Mentee("ana", 5)]));
        Assert.Equal("ana", ex.ParticipantId);
        Assert.Equal("id", ex.Field);
        Assert.Contains("'ana'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_that_differ_only_by_surrounding_spaces_are_duplicates()
    {
        var ex = Assert.Throws<ParticipantValidationException>(() => new Cohort([Participant.Mentor("ana", 0), Participant.Mentor(" ana ", 0)]));
        Assert.Equal("ana", ex.ParticipantId);
    }

    [Fact]
    public void Ids_are_case_sensitive()
    {
        var cohort = new Cohort([Participant.Mentor("ana", 0), Participant.Mentor("Ana", 0)]);
        Assert.Equal(2, cohort.Mentors.Count);
    }

    [Fact]
    public void Manager_of_oneself_is_a_cycle()
    {
        var ex = Assert.Throws<ParticipantValidationException>(() => new Cohort([Participant.Mentor("ana", 0, managerId: "ana")]));
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
            [Participant.Mentee("c", 5, managerId: "a"), Participant.Mentor("a", 0, managerId: "b"), Participant.Mentee("b", 5, managerId: "c"), Participant.Mentor("z", 0)]));
        Assert.Equal("manager_id", ex.Field);
        Assert.Contains("a -> b -> c -> a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chain_reaching_a_cycle_is_rejected()
    {
        // x reports to a; a and b manage each other.
        Assert.Throws<ParticipantValidationException>(() => new Cohort(
            [Participant.Mentor("x", 0, managerId: "a"), Participant.Mentee("a", 5, managerId: "b"), Participant.Mentee("b", 5, managerId: "a")]));
    }

    [Fact]
    public void Chain_leaving_the_cohort_is_fine()
    {
        var cohort = new Cohort([Participant.Mentor("x", 0, managerId: "a"), Participant.Mentee("a", 5, managerId: "board"), Participant.Mentee("b", 5, managerId: "board")]);
        Assert.Single(cohort.Mentors);
        Assert.Equal(2, cohort.Mentees.Count);
    }

    [Fact]
    public void Sides_are_sorted_by_ordinal_id()
    {
        var cohort = new Cohort([Participant.Mentor("bo", 0), Participant.Mentee("Zed", 5), Participant.Mentor("Ana", 0), Participant.Mentee("cfo", 5), Participant.Mentor("ana", 0)]);
        Assert.Equal(["Ana", "ana", "bo"], cohort.Mentors.Select(p => p.Id));
        Assert.Equal(["Zed", "cfo"], cohort.Mentees.Select(p => p.Id));
    }

    [Fact]
    public void TryGet_finds_by_exact_id()
    {
        var cohort = new Cohort([Participant.Mentor("ana", 0)]);
        Assert.True(cohort.TryGet("ana", out var p));
        Assert.Equal("ana", p.Id);
        Assert.False(cohort.TryGet("ANA", out _));
    }

    [Fact]
    public void Manages_follows_the_chain_through_the_cohort()
    {
        // ceo <- vp <- lead <- dev ; outsider has manager "nobody" (not in the cohort).
        var ceo = Participant.Mentee("ceo", 5);
        var vp = Participant.Mentee("vp", 5, managerId: "ceo");
        var lead = Participant.Mentor("lead", 0, managerId: "vp");
        var dev = Participant.Mentor("dev", 0, managerId: "lead");
        var outsider = Participant.Mentor("out", 0, managerId: "nobody");
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
        var ceo = Participant.Mentee("ceo", 5);
        var dev = Participant.Mentor("dev", 0, managerId: "lead");
        var cohort = new Cohort([ceo, dev]);
        Assert.False(cohort.Manages(ceo, dev));
    }
}
