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
    public static async Task<IResult> HandleAsync(HttpRequest http, MatchingEngine engine, ILogger<MatchingEngine> logger)
    {
        if (!http.HasJsonContentType())
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The request body must be JSON.",
                detail: "Send the participants with Content-Type: application/json.");
        }

        byte[] utf8;
        using (var buffer = new MemoryStream())
        {
            await http.Body.CopyToAsync(buffer, http.HttpContext.RequestAborted);
            utf8 = buffer.ToArray();
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

        // Every problem of the participants at once (as rmatch validate lists them), and the first of the options.
        var problems = ParticipantFile.Validate(body.Participants.Text(), "participants", ParticipantFileFormat.Json)
            .Select(p => body.Participants.InBody(p.Line, p.Column, p.Problem))
            .ToList();
        var config = MatchingConfig.Default;
        if (body.Options is { } options)
        {
            var refused = FileSettings(options);
            problems.AddRange(refused);
            if (refused.Count == 0)
            {
                try
                {
                    config = MatchingConfig.Load(options.Text(), "options");
                }
                catch (JsonFormatException e)
                {
                    problems.Add(options.InBody(e.Line, e.Column, e.Problem));
                }
            }
        }

        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        try
        {
            var cohort = new Cohort(ParticipantJson.Read(body.Participants.Text(), "participants"));

            // The configured engine serves requests without options; a request with options gets its own engine
            // (cheap: an engine only holds its options), keeping the service's settings a config does not have
            // (logging), and its solver and side constraints unless the options give their own.
            var runner = body.Options is null
                ? engine
                : new MatchingEngine(
                    config.ToOptions() with
                    {
                        Solver = config.Solver?.ToSolver() ?? engine.Options.Solver,
                        // As rmatch match: the options' side constraints when they have some, else the service's.
                        SideConstraints = config.SideConstraints ?? engine.Options.SideConstraints,
                        LogParticipantIds = engine.Options.LogParticipantIds,
                    },
                    logger);
            var pairing = runner.Match(cohort, http.HttpContext.RequestAborted);
            return Results.Text(PairingJson.Serialize(pairing, indented: false), "application/json", Encoding.UTF8);
        }
        catch (JsonFormatException e)
        {
            return Invalid([body.Participants.InBody(e.Line, e.Column, e.Problem)]);
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
    private static List<FileProblem> FileSettings(RequestBody.Part options)
    {
        var problems = new List<FileProblem>();
        var reader = new Utf8JsonReader(options.Utf8.Span, RequestBody.ReaderOptions);
        var path = new List<string>();
        string? name = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    name = reader.GetString()!;
                    if (path.Count == 1 && name == "columns")
                    {
                        problems.Add(options.At(reader.TokenStartIndex, "'columns' maps CSV headers, but participants come as JSON objects here; remove it."));
                    }
                    else if (path is [_, "rules"] && name == "historyFile")
                    {
                        problems.Add(options.At(
                            reader.TokenStartIndex,
                            "'rules.historyFile' names a file, which the service does not read; send the earlier pairs as 'rules.historyPairs': [ { \"mentor\": \"ana\", \"mentee\": \"cfo\" } ]."));
                    }

                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    path.Add(name ?? "[]");
                    name = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    break;
                default:
                    name = null;
                    break;
            }
        }

        return problems;
    }

    /// <summary>One entry of a 400's <c>problems</c>: where in the request body, and what is wrong.</summary>
    private sealed record BodyProblem(int Line, int Column, string Problem);
}
