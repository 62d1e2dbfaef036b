using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Model;

public sealed class ParticipantPairTests
{
    [Fact]
    public void Ids_are_trimmed_and_pairs_compare_by_value()
    {
        var pair = new ParticipantPair(" ana ", "cfo\t");
        Assert.Equal(("ana", "cfo"), (pair.MentorId, pair.MenteeId));
        Assert.Equal(new ParticipantPair("ana", "cfo"), pair);
        var (mentor, mentee) = pair;
        Assert.Equal(("ana", "cfo"), (mentor, mentee));
    }

    [Theory]
    [InlineData(null, "cfo", "mentor")]
    [InlineData("ana", "", "mentee")]
    [InlineData("  ", "cfo", "mentor")]
    public void An_empty_id_is_an_input_error_naming_the_side(string? mentor, string? mentee, string side)
    {
        var error = Assert.Throws<MatchingInputException>(() => new ParticipantPair(mentor!, mentee!));
        Assert.Contains($"a {side} id", error.Message, StringComparison.Ordinal);
    }
}
