using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Reporting;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

public sealed class ResultPairsJsonTests
{
    [Fact]
    public void Reads_back_the_pairs_of_a_written_result()
    {
        Participant[] people =
        [
            Participant.Mentor("ana", 1, skills: People.Areas(("Technology", 5))),
            Participant.Mentor("bo", 1, skills: People.Areas(("SocialMedia", 5))),
            Participant.Mentee("cfo", 5, goals: People.Areas(("Technology", 1))),
            Participant.Mentee("cmo", 5, goals: People.Areas(("SocialMedia", 1))),
        ];
        var pairing = new MatchingEngine().Match(people);

        var pairs = ResultPairsJson.Read(new StringReader(PairingJson.Serialize(pairing)), "result.json");

        Assert.Equal(pairing.Pairs.Select(p => (p.MenteeId, p.MentorId)), pairs.Select(p => (p.MenteeId, p.MentorId)));
        Assert.Equal(2, pairs.Count);
    }

    [Theory]
    [InlineData("[]", 1, 1, "\"pairs\" array")]
    [InlineData("{ \"pairs\": {} }", 1, 1, "\"pairs\" array")]
    [InlineData("{ \"pairs\": [ 3 ] }", 1, 14, "must be an object")]
    [InlineData("{ \"pairs\": [ { \"mentee\": \"a\", \"mentor\": \"\" } ] }", 1, 31, "needs a \"mentor\" id")]
    [InlineData("{ \"pairs\": [\n { \"mentee\": \"a\", \"mentor\": \"b\" },\n { \"mentee\": \"a\", \"mentor\": \"b\" } ] }", 3, 2, "already given at 'pairs[0]'")]
    public void A_problem_names_line_and_character(string json, int line, int column, string problem)
    {
        var error = Assert.Throws<JsonFormatException>(() => ResultPairsJson.Read(new StringReader(json), "current.json"));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
