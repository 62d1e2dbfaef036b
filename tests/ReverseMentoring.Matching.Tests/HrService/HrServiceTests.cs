using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Reporting;
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
    public async Task Side_constraints_in_the_options_are_applied_as_rmatch_match_applies_them()
    {
        // bo–cmo is the one same-department pair (Marketing); the config refuses it.
        const string options = """{ "sideConstraints": { "maxSameDepartmentPairs": 0 } }""";
        var participants = JsonNode.Parse(Cohort.Replace("OPTIONS", string.Empty, StringComparison.Ordinal))!["participants"]!.ToJsonString();
        using var dir = new global::ReverseMentoring.Matching.Tests.Cli.TempDirectory();
        var (exit, cliJson, stderr) = global::ReverseMentoring.Matching.Tests.Cli.CliRunner.Run(
            "match", "--participants", dir.Write("people.json", participants), "--config", dir.Write("config.json", options), "--json", "-");
        Assert.True(exit == 0, stderr);
        var cli = JsonNode.Parse(cliJson)!;

        using var response = await Post($$"""{ "participants": {{participants}}, "options": {{options}} }""");
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pairs = body["pairs"]!.AsArray().Select(p => ((string)p!["mentee"]!, (string)p["mentor"]!)).ToList();
        Assert.DoesNotContain(("cmo", "bo"), pairs);
        Assert.Equal(cli["pairs"]!.AsArray().Select(p => ((string)p!["mentee"]!, (string)p["mentor"]!)), pairs);
        Assert.Equal((double)cli["totalScore"]!, (double)body["totalScore"]!, 12);
    }

    [Fact]
    public async Task The_answer_is_what_rmatch_match_json_writes_for_the_same_participants_file()
    {
        // The participants array as the CLI reads it from a .json file, and the pairing as PairingJson writes it.
        var participants = JsonNode.Parse(Cohort.Replace("OPTIONS", string.Empty, StringComparison.Ordinal))!["participants"]!.ToJsonString();
        using var file = new StringReader(participants);
        var expected = new MatchingEngine().Match(new global::ReverseMentoring.Matching.Model.Cohort(ParticipantJson.Read(file, "people.json")));

        using var response = await Post($$"""{ "participants": {{participants}} }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PairingJson.Serialize(expected, indented: false), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invalid_participants_and_options_get_a_400_problem_listing_each_with_its_line_and_column()
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
        var problems = Problems(body);
        Assert.Equal([(3, 20), (4, 49), (6, 16)], problems.Select(p => (p.Line, p.Column)));
        Assert.Contains("'boss'", problems[0].Problem, StringComparison.Ordinal);
        Assert.Contains("Technology", problems[1].Problem, StringComparison.Ordinal);
        Assert.StartsWith("options: 'objective' must be one of", problems[2].Problem, StringComparison.Ordinal);
        Assert.StartsWith("body:3:20: participants: ", (string?)body["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_gets_a_400_problem_with_its_place_in_the_body()
    {
        using var response = await Post("""{ "participants": [ { "id": "ana", "role": "mentor", "seniority": "junior" } ] }""");
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("body:1:54: participants: '[0].seniority' must be a number.", (string?)body["detail"]);
    }

    [Fact]
    public async Task The_former_level_field_is_an_unknown_property()
    {
        using var response = await Post("""{ "participants": [ { "id": "ana", "role": "mentor", "level": 1 } ] }""");
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single(Problems(body));
        Assert.Equal((1, 54), (problem.Line, problem.Column));
        Assert.Contains("Unknown property 'level'", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("seniority", problem.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "participants": [], "options": { "columns": { "id": "Employee ID" } } }""", 1, 36, "'columns'")]
    [InlineData("""{ "participants": [], "options": { "rules": { "historyFile": "/etc/hosts" } } }""", 1, 47, "'rules.historyFile'")]
    public async Task File_settings_of_the_config_are_refused(string request, int line, int column, string named)
    {
        using var response = await Post(request);
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single(Problems(body));
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.StartsWith($"options: {named}", problem.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 1, 1, "empty")]
    [InlineData("[]", 1, 1, "must be a JSON object")]
    [InlineData("{ \"participants\": [] }  }", 1, 25, "not valid JSON")]
    [InlineData("{\n  \"people\": []\n}", 2, 3, "Unknown property 'people'")]
    [InlineData("{ \"options\": {} }", 1, 1, "no 'participants'")]
    [InlineData("{ \"participants\": { \"id\": \"ana\" } }", 1, 19, "must be an array")]
    public async Task A_body_that_is_not_a_pairing_request_gets_a_400_problem_with_its_place(string request, int line, int column, string says)
    {
        using var response = await Post(request);
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = Assert.Single(Problems(body));
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(says, problem.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"participants\": [],\n  \"opt?ons\": {} }", 2, 7)]
    [InlineData("{ \"participants\": [\n  { \"id\": \"ana\", \"role\": \"mentor\", \"n?me\": \"Ana\" } ] }", 2, 38)]
    public async Task Invalid_utf8_in_a_property_name_gets_a_400_problem_at_its_place(string request, int line, int column)
    {
        var bytes = Encoding.UTF8.GetBytes(request);
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await server.Client.PostAsync(new Uri("/pairings", UriKind.Relative), content);
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single(Problems(body));
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains("not valid UTF-8", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_top_level_property_gets_a_400_problem()
    {
        using var response = await Post("""{ "participants": [], "participants": [] }""");
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single(Problems(body));
        Assert.Equal(1, problem.Line);
        Assert.Contains("participants", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_a_415()
    {
        using var content = new StringContent("id,role\nana,mentor\n", Encoding.UTF8, "text/csv");
        using var response = await server.Client.PostAsync(new Uri("/pairings", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Duplicate_ids_get_a_400_problem_naming_the_id()
    {
        using var response = await Post("""{ "participants": [ { "id": "ana", "role": "mentor" }, { "id": "ana", "role": "mentee" } ] }""");
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'ana'", Assert.Single(Problems(body)).Problem, StringComparison.Ordinal);
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

    private static List<(int Line, int Column, string Problem)> Problems(JsonNode body) =>
        [.. body["problems"]!.AsArray().Select(p => ((int)p!["line"]!, (int)p["column"]!, (string)p["problem"]!))];

    private static async Task<JsonNode> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new JsonException("empty body");
}
