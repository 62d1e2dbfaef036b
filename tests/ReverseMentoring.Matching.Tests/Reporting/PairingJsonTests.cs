using System.Text;
using System.Text.Json;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Reporting;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Reporting;

public sealed class PairingJsonTests
{
    [Fact]
    public void Fields_come_in_the_documented_order()
    {
        var (_, pairing) = ReportCohort.Matched();

        var json = JsonDocument.Parse(PairingJson.Serialize(pairing)).RootElement;

        Assert.Equal(
            ["status", "pairCount", "totalScore", "meanScore", "minimumScore", "solver", "pairs", "unmatchedMentees", "unmatchedMentors", "unmatched", "scoreStatistics", "stability", "objectiveValue", "objectiveBound", "gap"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["mentee", "mentor", "score", "breakdown"], json.GetProperty("pairs")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["SkillGap", "Reciprocal", "NetworkReach"], json.GetProperty("pairs")[0].GetProperty("breakdown").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "role", "reason", "allowedCandidates", "exclusions"], json.GetProperty("unmatched")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Round_trip_gives_back_every_value_exactly()
    {
        var (_, pairing) = ReportCohort.Matched();

        var back = JsonSerializer.Deserialize(PairingJson.Serialize(pairing), ResultJsonContext.Default.PairingDocument)!;

        Assert.Equal("Optimal", back.Status);
        Assert.Equal(2, back.PairCount);
        Assert.Equal(pairing.TotalScore, back.TotalScore);
        Assert.Equal(pairing.MeanScore, back.MeanScore);
        Assert.Equal(pairing.MinimumScore, back.MinimumScore);
        Assert.Equal(pairing.SolverName, back.Solver);
        Assert.Equal(pairing.Pairs.Select(p => (p.MenteeId, p.MentorId, p.Score)), back.Pairs.Select(p => (p.Mentee, p.Mentor, p.Score)));
        Assert.Equal(
            pairing.Pairs.SelectMany(p => p.Breakdown.Select(c => (c.Name, c.Value))),
            back.Pairs.SelectMany(p => p.Breakdown.Select(c => (c.Key, c.Value))));
        Assert.Equal(["m3"], back.UnmatchedMentees);
        Assert.Empty(back.UnmatchedMentors);
        var m3 = Assert.Single(back.Unmatched);
        Assert.Equal(("m3", "mentee", "no allowed mentor: 2 excluded by reporting line", 0), (m3.Id, m3.Role, m3.Reason, m3.AllowedCandidates));
        Assert.Equal([new KeyValuePair<string, int>("reporting line", 2)], m3.Exclusions);
        Assert.Equal(0.675, back.Pairs[0].Score, 1e-12);
        Assert.Equal(0.4, back.Pairs[1].Score, 1e-12);
    }

    [Fact]
    public void Stream_and_writer_outputs_are_the_serialized_text_in_utf8_without_a_byte_order_mark()
    {
        var (_, pairing) = ReportCohort.Matched(m2Name: "Zoë");
        var text = PairingJson.Serialize(pairing, indented: false);

        using var stream = new MemoryStream();
        PairingJson.Write(pairing, stream, indented: false);
        using var writer = new StringWriter();
        PairingJson.Write(pairing, writer, indented: false);

        Assert.Equal(Encoding.UTF8.GetBytes(text), stream.ToArray());
        Assert.Equal(text, writer.ToString());
        Assert.DoesNotContain('\n', text);
        Assert.Contains('\n', PairingJson.Serialize(pairing));
    }

    [Fact]
    public void No_pairs_gives_null_mean_and_minimum()
    {
        var pairing = new MatchingEngine().Match([ReportCohort.People()[4]]);

        var json = JsonDocument.Parse(PairingJson.Serialize(pairing)).RootElement;

        Assert.Equal(JsonValueKind.Null, json.GetProperty("meanScore").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("minimumScore").ValueKind);
        Assert.Equal(0, json.GetProperty("totalScore").GetDouble());
        Assert.Equal("no mentors in the cohort", json.GetProperty("unmatched")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void Assign_shape_is_exactly_the_design_example()
    {
        using var reader = new StringReader(",ana,bo,chen\nexec-1,0.9,0.2,\nexec-2,0.4,,0.7\n");
        var matrix = ScoreMatrixCsv.Read(reader, "scores.csv");
        var result = PairingSolvers.LinearSumAssignment.Solve(matrix);

        Assert.Equal(
            """{"status":"Optimal","pairCount":2,"totalScore":1.6,"pairs":[{"mentee":"exec-1","mentor":"ana","score":0.9},{"mentee":"exec-2","mentor":"chen","score":0.7}],"unmatchedMentees":[],"unmatchedMentors":["bo"]}""",
            PairingJson.Serialize(matrix, result));
    }
}
