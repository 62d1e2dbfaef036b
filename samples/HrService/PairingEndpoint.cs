using System.Text.Json;
using ReverseMentoring.Matching;
using ReverseMentoring.Matching.Model;

namespace HrService;

/// <summary><c>POST /pairings</c>: participants (and optional options) in, the pairing with explanations out.</summary>
internal static class PairingEndpoint
{
    // Web defaults (camelCase, case-insensitive names), and an unknown field is an error, so a typo such as
    // "minScore" is reported instead of silently ignored.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<IResult> HandleAsync(HttpRequest http, MatchingEngine engine, ILogger<MatchingEngine> logger)
    {
        if (!http.HasJsonContentType())
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The request body must be JSON.",
                detail: "Send the participants with Content-Type: application/json.");
        }

        PairingRequest? request;
        try
        {
            request = await http.ReadFromJsonAsync<PairingRequest>(Json, http.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The request body is not valid JSON for a pairing request.",
                detail: e.Message);
        }

        if (request is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The request body is empty.",
                detail: "Send a JSON object with a 'participants' array.");
        }

        var mapper = new RequestMapper();
        var people = mapper.Participants(request.Participants);
        var options = request.Options is { } input ? mapper.Options(engine.Options, input) : engine.Options;
        Cohort? cohort = null;
        if (!mapper.HasErrors)
        {
            try
            {
                cohort = new Cohort(people);
            }
            catch (ParticipantValidationException e)
            {
                mapper.Add("participants", e.Message);
            }
        }

        if (mapper.HasErrors || cohort is null)
        {
            return Results.ValidationProblem(mapper.Errors, title: "The pairing request is not valid.");
        }

        try
        {
            // The configured engine serves requests without options; a request with options gets its own engine
            // (cheap: an engine only holds its options).
            var runner = ReferenceEquals(options, engine.Options) ? engine : new MatchingEngine(options, logger);
            return Results.Ok(ToResponse(runner.Match(cohort, http.HttpContext.RequestAborted)));
        }
        catch (MatchingInputException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The pairing request cannot be met.", detail: e.Message);
        }
    }

    private static PairingResponse ToResponse(Pairing pairing) => new(
        pairing.Status.ToString(),
        pairing.Pairs.Count,
        pairing.TotalScore,
        pairing.MeanScore,
        pairing.MinimumScore,
        pairing.SolverName,
        [.. pairing.Pairs.Select(p => new PairOutput(p.MenteeId, p.MentorId, p.Score, p.Breakdown.ToDictionary(c => c.Name, c => c.Value)))],
        [.. pairing.UnmatchedMentees.Select(u => u.Id)],
        [.. pairing.UnmatchedMentors.Select(u => u.Id)],
        [.. pairing.UnmatchedMentees.Concat(pairing.UnmatchedMentors).Select(u => new UnmatchedOutput(
            u.Id, u.Role == ParticipantRole.Mentee ? "mentee" : "mentor", u.Reason, u.AllowedCandidates, u.Exclusions))]);
}
