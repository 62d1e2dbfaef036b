using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ReverseMentoring.Matching.Tests.HrService;

/// <summary>
/// The HTTP sample over real HTTP: one server process for the class, a handful of requests, each bounded by the
/// client's 30 s timeout.
/// </summary>
public sealed class HrServiceTests(HrServiceProcess server) : IClassFixture<HrServiceProcess>
{
    // ana: Technology 5, SocialMedia 2, Engineering. bo: Technology 2, SocialMedia 5, Marketing. cy is more senior than
    // every executive and reports to cfo, so no pair with cy is allowed.
    //   ana–cfo 0.6 + 0.075 = 0.675; bo–cmo 0.6; the cross pairs 0.315 each (as in the engine tests).
    private const string Cohort = """
        {
          "participants": [
            { "id": "ana", "role": "mentor", "name": "Ana Quillfeather", "seniority": 1, "department": "Engineering",
              "skills": { "Technology": 5, "SocialMedia": 2 } },
            { "id": "bo", "role": "mentor", "seniority": 1, "department": "Marketing",
              "skills": { "Technology": 2, "SocialMedia": 5 } },
            { "id": "cy", "role": "mentor", "seniority": 9, "managerId": "cfo", "skills": { "Technology": 5 } },
            { "id": "cfo", "role": "mentee", "seniority": 5, "department": "Finance", "goals": { "Technology": 1 } },
            { "id": "cmo", "role": "Mentee", "seniority": 5, "department": "Marketing", "goals": { "SocialMedia": 1 } }
          ]OPTIONS
        }
        """;

    [Fact]
    public async Task A_small_cohort_gets_the_optimal_pairs_with_breakdowns_and_reasons()
    {
        using var response = await Post(Cohort.Replace("OPTIONS", string.Empty, StringComparison.Ordinal));
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Optimal", (string?)body["status"]);
        Assert.Equal(2, (int?)body["pairCount"]);
        Assert.Equal(1.275, (double)body["totalScore"]!, 12);
        var pairs = body["pairs"]!.AsArray();
        Assert.Equal([("cfo", "ana"), ("cmo", "bo")], pairs.Select(p => ((string)p!["mentee"]!, (string)p["mentor"]!)));
        Assert.Equal(0.675, (double)pairs[0]!["score"]!, 12);
        Assert.Equal(0.6, (double)pairs[0]!["breakdown"]!["SkillGap"]!, 12);
        Assert.Equal(0.075, (double)pairs[0]!["breakdown"]!["NetworkReach"]!, 12);
        Assert.Equal(0.6, (double)pairs[1]!["score"]!, 12);
        Assert.Empty(body["unmatchedMentees"]!.AsArray());
        Assert.Equal(["cy"], body["unmatchedMentors"]!.AsArray().Select(n => (string)n!));
        var cy = Assert.Single(body["unmatched"]!.AsArray())!;
        Assert.Equal("mentor", (string?)cy["role"]);
        Assert.Equal(0, (int?)cy["allowedCandidates"]);
        Assert.StartsWith("no allowed mentee", (string?)cy["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_in_the_body_are_applied()
    {
        using var response = await Post(Cohort.Replace(
            "OPTIONS", """, "options": { "objective": "maxMin", "minimumScore": 0.65, "weights": { "skillGap": 0.6 } }""", StringComparison.Ordinal));
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pair = Assert.Single(body["pairs"]!.AsArray())!;
        Assert.Equal(("cfo", "ana"), ((string)pair["mentee"]!, (string)pair["mentor"]!));
        Assert.Equal(["cmo"], body["unmatchedMentees"]!.AsArray().Select(n => (string)n!));
        Assert.Contains(
            body["unmatched"]!.AsArray(),
            u => (string?)u!["id"] == "cmo" && ((string?)u["reason"])!.Contains("below the minimum score", StringComparison.Ordinal));
        Assert.Contains("max-min", (string?)body["solver"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_participants_and_options_get_a_400_validation_problem_naming_each_field()
    {
        const string bad = """
            {
              "participants": [
                { "id": "ana", "role": "boss" },
                { "id": "cfo", "role": "mentee", "goals": { "Technology": 7 } }
              ],
              "options": { "objective": "best" }
            }
            """;

        using var response = await Post(bad);
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, (int?)body["status"]);
        Assert.NotNull((string?)body["title"]);
        var errors = body["errors"]!.AsObject();
        Assert.Equal(
            ["options.objective", "participants[0].role", "participants[1].goal:Technology"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("'boss'", (string?)errors["participants[0].role"]![0], StringComparison.Ordinal);
        Assert.Contains("maxTotal or maxMin", (string?)errors["options.objective"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_a_pairing_request_gets_a_400_problem_with_the_json_path()
    {
        using var response = await Post("""{ "participants": [ { "id": "ana", "role": "mentor", "seniority": "junior" } ] }""");
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("$.participants[0].seniority", (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_ids_get_a_400_problem_naming_the_id()
    {
        using var response = await Post("""{ "participants": [ { "id": "ana", "role": "mentor" }, { "id": "ana", "role": "mentee" } ] }""");
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'ana'", (string?)body["errors"]!["participants"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_log_has_the_engine_events_but_no_participant_id_or_name()
    {
        using var response = await Post(Cohort.Replace("OPTIONS", string.Empty, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The console logger writes on its own thread: wait a bounded time for the run's last event.
        var deadline = Stopwatch.StartNew();
        while (!server.Output.Contains("Matching run finished", StringComparison.Ordinal) && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
        }

        var log = server.Output;
        Assert.Contains("Matching run started: 3 mentors, 2 mentees", log, StringComparison.Ordinal);
        Assert.Contains("Matching run finished", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Quillfeather", log, StringComparison.Ordinal);
        foreach (var id in new[] { "ana", "bo", "cy", "cfo", "cmo" })
        {
            Assert.DoesNotMatch($@"\b{id}\b", log);
        }
    }

    [Fact]
    public async Task The_server_listens_on_loopback_only()
    {
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        using var response = await server.Client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> Post(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await server.Client.PostAsync(new Uri("/pairings", UriKind.Relative), content);
    }

    private static async Task<JsonNode> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new JsonException("empty body");
}
