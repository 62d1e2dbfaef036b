using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.HrService;

/// <summary>The service's size limits and cancellation, on a server of its own started with small limits.</summary>
public sealed class HrServiceLimitsTests(HrServiceLimitsTests.SmallLimits server) : IClassFixture<HrServiceLimitsTests.SmallLimits>
{
    private const int MaxBodyBytes = 1_000_000;
    private const int MaxParticipants = 5_000;

    [Fact]
    public async Task A_body_over_the_configured_limit_gets_a_413_problem_naming_the_limit()
    {
        var body = "{ \"participants\": [" + new string(' ', MaxBodyBytes) + "] }";

        using var response = await server.Process.Client.PostAsync(new Uri("/pairings", UriKind.Relative), Json(body));
        var problem = await Problem(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("1,000,000 bytes", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("Pairing:MaxRequestBodyBytes", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_participants_than_the_configured_limit_get_a_400_problem_at_the_first_one_over()
    {
        var people = Enumerable.Range(0, MaxParticipants + 1).Select(i => $"{{\"id\":\"p{i}\",\"role\":\"{(i % 2 == 0 ? "mentor" : "mentee")}\"}}");
        var body = "{ \"participants\": [\n" + string.Join(",\n", people) + "\n] }";

        using var response = await server.Process.Client.PostAsync(new Uri("/pairings", UriKind.Relative), Json(body));
        var problem = await Problem(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "body:5002:1: participants: The file has more participants than the most ParticipantReadLimits.MaxParticipants allows (5,000); "
            + "split the cohort, or raise the limit (rmatch --max-participants).",
            (string?)problem["detail"]);
    }

    [Fact]
    public async Task A_client_that_disconnects_cancels_its_run()
    {
        // Large enough that the run is still scoring or solving when the client gives up.
        var cohort = SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 1_500, Mentees = 1_500 });
        var body = "{ \"participants\": [\n" + string.Join(",\n", cohort.Select(ToJson)) + "\n] }";
        Assert.True(body.Length < MaxBodyBytes, $"the test cohort is {body.Length:N0} bytes");
        var logged = server.Process.Output.Length;

        using var disconnect = new CancellationTokenSource();
        var request = server.Process.Client.PostAsync(new Uri("/pairings", UriKind.Relative), Json(body), disconnect.Token);
        await WaitForLog(logged, "Matching run started");
        await disconnect.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        var log = await WaitForLog(logged, "Matching run cancelled");
        Assert.DoesNotContain("Matching run finished", log, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", log, StringComparison.Ordinal);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonNode> Problem(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new JsonException("empty body");

    private static string ToJson(Participant p) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"id\":{JsonSerializer.Serialize(p.Id)},\"role\":\"{(p.Role == ParticipantRole.Mentor ? "mentor" : "mentee")}\",\"seniority\":{p.Seniority},"
            + $"\"skills\":{{{string.Join(",", p.Skills.Select(s => $"{JsonSerializer.Serialize(s.Key)}:{s.Value}"))}}},"
            + $"\"goals\":{{{string.Join(",", p.Goals.Select(g => $"{JsonSerializer.Serialize(g.Key)}:{g.Value}"))}}}}}");

    /// <summary>The service's output since <paramref name="from"/>, once it holds <paramref name="text"/>; at most 120 s.</summary>
    private async Task<string> WaitForLog(int from, string text)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            var log = server.Process.Output[from..];
            if (log.Contains(text, StringComparison.Ordinal))
            {
                return log;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The service did not log '{text}':\n{server.Process.Output[from..]}");
    }

    /// <summary>A service with a 1,000,000-byte body limit and 5,000 participants at most.</summary>
    public sealed class SmallLimits : IAsyncLifetime
    {
        public HrServiceProcess Process { get; } = new()
        {
            Arguments =
            [
                string.Create(CultureInfo.InvariantCulture, $"--Pairing:MaxRequestBodyBytes={MaxBodyBytes}"),
                string.Create(CultureInfo.InvariantCulture, $"--Pairing:MaxParticipants={MaxParticipants}"),
            ],
        };

        public Task InitializeAsync() => Process.InitializeAsync();

        public async Task DisposeAsync()
        {
            await Process.DisposeAsync();
            Process.Dispose();
        }
    }
}
