using System.Text;
using System.Text.Json;
using ReverseMentoring.Matching;
using ReverseMentoring.Matching.Configuration;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Reporting;

namespace HrService;

/// <summary>
/// <c>POST /pairings</c>: <c>{ "participants": [ ... ], "options": { ... } }</c> in, the pairing with explanations out.
/// </summary>
/// <remarks>
/// Nothing here defines a format of its own: <c>participants</c> is the participant JSON of the library
/// (<see cref="ParticipantJson"/>, what <c>rmatch match --participants people.json</c> reads), <c>options</c> is a run
/// config (<see cref="MatchingConfig"/>, what <c>rmatch match --config</c> reads) without its file-only settings, and
/// the answer is <see cref="PairingJson"/>, what <c>rmatch match --json</c> writes.
/// </remarks>
internal static class PairingEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpRequest http, MatchingEngine engine, PairingLimits limits, ILogger<MatchingEngine> logger)
    {
        if (!http.HasJsonContentType())
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The request body must be JSON.",
                detail: "Send the participants with Content-Type: application/json.");
        }

        // Work for a client that has gone stops: reading, validating and matching all watch this token.
        var aborted = http.HttpContext.RequestAborted;
        byte[] utf8;
        try
        {
            using var buffer = new MemoryStream();
            await http.Body.CopyToAsync(buffer, aborted);
            utf8 = buffer.ToArray();
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            return Results.Empty;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The request body is too large.",
                detail: $"The service takes request bodies of at most {limits.MaxRequestBodyBytes:N0} bytes (setting {PairingLimits.Section}:{nameof(PairingLimits.MaxRequestBodyBytes)}).");
        }

        RequestBody body;
        try
        {
            body = RequestBody.Parse(utf8);
        }
        catch (JsonFormatException e)
        {
            return Invalid([new FileProblem(RequestBody.Source, e.Line, e.Column, e.Problem)]);
        }

        using (body)
        {
            try
            {
                return Match(body, engine, limits, logger, aborted);
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                // The client has gone: nobody reads an answer, and this is not a server error.
                return Results.Empty;
            }
        }
    }

    private static IResult Match(RequestBody body, MatchingEngine engine, PairingLimits limits, ILogger<MatchingEngine> logger, CancellationToken aborted)
    {
        // One pass for a valid request; for an invalid one every problem of the participants at once (as rmatch
        // validate lists them), and the first of the options.
        var readLimits = limits.ReadLimits();
        var problems = new List<FileProblem>();
        IReadOnlyList<Participant> participants = [];
        try
        {
            participants = ParticipantFile.Read(body.Participants, "participants", readLimits);
        }
        catch (JsonFormatException)
        {
            aborted.ThrowIfCancellationRequested();
            problems.AddRange(ParticipantFile.Validate(body.Participants, "participants", readLimits)
                .Select(p => body.InBody(body.Participants, "participants", p)));
        }

        aborted.ThrowIfCancellationRequested();
        var config = MatchingConfig.Default;
        if (body.Options is { } options)
        {
            var refused = FileSettings(body, options);
            problems.AddRange(refused);
            if (refused.Count == 0)
            {
                try
                {
                    config = MatchingConfig.Load(new StringReader(options.GetRawText()), "options");
                }
                catch (JsonFormatException e)
                {
                    problems.Add(body.InBody(options, "options", new FileProblem("options", e.Line, e.Column, e.Problem)));
                }
            }
        }

        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        try
        {
            var cohort = new Cohort(participants);

            // The configured engine serves requests without options; a request with options gets its own engine
            // (cheap: an engine only holds its options), keeping the service's settings a config does not have
            // (logging), and its solver (with its price of stability) and side constraints unless the options give their own.
            var runner = body.Options is null
                ? engine
                : new MatchingEngine(
                    config.ToOptions() with
                    {
                        Solver = config.Solver?.ToSolver() ?? engine.Options.Solver,
                        CompareWithOptimum = config.Solver?.PriceOfStability ?? engine.Options.CompareWithOptimum,
                        // As rmatch match: the options' side constraints when they have some, else the service's.
                        SideConstraints = config.SideConstraints ?? engine.Options.SideConstraints,
                        LogParticipantIds = engine.Options.LogParticipantIds,
                    },
                    logger);
            var pairing = runner.Match(cohort, aborted);
            return Results.Text(PairingJson.Serialize(pairing, indented: false), "application/json", Encoding.UTF8);
        }
        catch (MatchingInputException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The pairing request cannot be met.", detail: e.Message);
        }
    }

    /// <summary>
    /// A 400 problem: <c>detail</c> is the first problem as <c>body:line:column: problem</c>, and the extension
    /// <c>problems</c> lists them all, in body order, as <c>{ line, column, problem }</c>.
    /// </summary>
    private static IResult Invalid(IReadOnlyList<FileProblem> problems)
    {
        var ordered = problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        var more = ordered.Count > 1 ? $" ({ordered.Count - 1} more in 'problems')" : string.Empty;
        return Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The pairing request is not valid.",
            detail: ordered[0] + more,
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = ordered.Select(p => new BodyProblem(p.Line, p.Column, p.Problem)).ToList(),
            });
    }

    /// <summary>
    /// The config settings that name files or CSV columns: meaningless for a JSON body, and a service must not read
    /// files a client names. Found before the config is loaded, so such a file is never opened.
    /// </summary>
    private static List<FileProblem> FileSettings(RequestBody body, JsonElement options)
    {
        var problems = new List<FileProblem>();
        foreach (var setting in options.EnumerateObject())
        {
            if (setting.Name == "columns")
            {
                problems.Add(body.AtName(setting, "options: 'columns' maps CSV headers, but participants come as JSON objects here; remove it."));
            }
            else if (setting.Name == "rules" && setting.Value.ValueKind == JsonValueKind.Object)
            {
                problems.AddRange(setting.Value.EnumerateObject().Where(rule => rule.Name == "historyFile").Select(rule => body.AtName(
                    rule,
                    "options: 'rules.historyFile' names a file, which the service does not read; send the earlier pairs as 'rules.historyPairs': [ { \"mentor\": \"ana\", \"mentee\": \"cfo\" } ].")));
            }
        }

        return problems;
    }

    /// <summary>One entry of a 400's <c>problems</c>: where in the request body, and what is wrong.</summary>
    private sealed record BodyProblem(int Line, int Column, string Problem);
}
