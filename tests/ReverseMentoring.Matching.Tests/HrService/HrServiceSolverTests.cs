using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ReverseMentoring.Matching.Configuration;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.HrService;

/// <summary>The HTTP sample's <c>options.solver</c>: the run config's solver section, over real HTTP.</summary>
public sealed class HrServiceSolverTests(HrServiceProcess server) : IClassFixture<HrServiceProcess>
{
    // Three mentors and three executives, every pair allowed (levels 1 and 5, no managers).
    private const string Body = """
        {
          "participants": [
            { "id": "ana", "role": "mentor", "seniority": 1, "skills": { "Technology": 5, "SocialMedia": 1 } },
            { "id": "bo", "role": "mentor", "seniority": 1, "skills": { "Technology": 4, "SocialMedia": 5 } },
            { "id": "cy", "role": "mentor", "seniority": 1, "skills": { "Technology": 1, "SocialMedia": 4 } },
            { "id": "cfo", "role": "mentee", "seniority": 5, "goals": { "Technology": 1 } },
            { "id": "cmo", "role": "mentee", "seniority": 5, "goals": { "SocialMedia": 1 } },
            { "id": "coo", "role": "mentee", "seniority": 5, "goals": { "Technology": 1, "SocialMedia": 1 } }
          ],
          "options": { "solver": SOLVER }
        }
        """;

    private async Task<(HttpStatusCode Status, JsonNode Body)> Post(string solver)
    {
        using var content = new StringContent(Body.Replace("SOLVER", solver, StringComparison.Ordinal), Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync(new Uri("/pairings", UriKind.Relative), content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Theory]
    [InlineData("mentees")]
    [InlineData("mentors")]
    public async Task A_request_choosing_stable_gets_a_stable_pairing_with_its_stability(string proposers)
    {
        var (status, body) = await Post($$"""{ "name": "stable", "proposers": "{{proposers}}" }""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"GaleShapley ({proposers[..^1]}-proposing)", (string?)body["solver"]);
        Assert.True((bool)body["stability"]!["stable"]!);
        Assert.Equal(0, (int)body["stability"]!["blockingPairs"]!);
        Assert.Null(body["stability"]!["optimalPairCount"]); // no optimal solve unless asked for
        Assert.Null(body["gap"]);
        Assert.Equal(InProcess(proposers), body["pairs"]!.AsArray().Select(p => ((string)p!["mentee"]!, (string)p["mentor"]!)));
    }

    [Fact]
    public async Task A_request_asking_for_the_price_of_stability_gets_the_optimum()
    {
        var (status, body) = await Post("""{ "name": "stable", "priceOfStability": true }""");

        Assert.Equal(HttpStatusCode.OK, status);
        var stability = body["stability"]!;
        Assert.Equal(3, (int)stability["optimalPairCount"]!); // every pair allowed, 3 × 3
        Assert.Equal((double)stability["optimalTotal"]! - (double)body["totalScore"]!, (double)stability["priceOfStability"]!, 1e-5); // single-precision matrix sums
    }

    /// <summary>The same cohort through the library with the stable solver (its stability is checked against brute force elsewhere).</summary>
    private static (string, string)[] InProcess(string proposers)
    {
        var json = JsonNode.Parse(Body.Replace("SOLVER", "null", StringComparison.Ordinal))!["participants"]!.ToJsonString();
        var config = new MatchingConfig
        {
            Solver = new SolverSettings { Name = "stable", Proposers = proposers == "mentors" ? StableProposer.Mentors : StableProposer.Mentees },
        };
        var pairing = new MatchingEngine(config.ToOptions()).Match(ParticipantJson.Read(new StringReader(json), "participants"));
        return [.. pairing.Pairs.Select(p => (p.MenteeId, p.MentorId))];
    }

    [Fact]
    public async Task A_request_choosing_cp_sat_gets_its_bound_and_gap()
    {
        var (status, body) = await Post("""{ "name": "cp-sat" }""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("CP-SAT", (string?)body["solver"]);
        Assert.Equal(0, (double)body["gap"]!);
        Assert.True((double)body["objectiveBound"]! >= (double)body["objectiveValue"]!);
        Assert.Null(body["stability"]);
    }

    [Fact]
    public async Task An_unknown_solver_is_a_400_at_its_place_in_the_body()
    {
        var (status, body) = await Post("""{ "name": "hungarian" }""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var problem = body["problems"]!.AsArray().Single()!;
        Assert.Equal(10, (int)problem["line"]!);
        Assert.Contains("Unknown solver 'hungarian'; the solvers are automatic, assignment, flow, cp-sat, stable.", (string)problem["problem"]!, StringComparison.Ordinal);
    }
}
