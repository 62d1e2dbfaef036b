using System.Text.Json.Nodes;
using System.Text.Json;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Reporting;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>
/// Writes the explorations' results as JSON (<c>docs/result-format.md</c>), each pairing in it in the result format of
/// <see cref="PairingJson"/>. A re-match is a result document itself, with a <c>rematch</c> section appended, so it can
/// be the current pairing of the next re-match.
/// </summary>
public static class ExplorationJson
{
    /// <summary>
    /// A why-not answer: <c>mentee</c>, <c>mentor</c>, <c>status</c>, <c>reason</c>, <c>scoreChange</c>,
    /// <c>pairCountChange</c>, <c>added</c>, <c>removed</c>, <c>optimum</c> and <c>alternative</c> (null when none).
    /// </summary>
    public static string Serialize(WhyNotResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var json = new JsonObject
        {
            ["mentee"] = result.MenteeId,
            ["mentor"] = result.MentorId,
            ["status"] = result.Status.ToString(),
            ["reason"] = result.Reason,
            ["scoreChange"] = result.ScoreChange,
            ["pairCountChange"] = result.PairCountChange,
            ["added"] = Pairs(result.Added),
            ["removed"] = Pairs(result.Removed),
            ["optimum"] = Document(result.Optimum),
            ["alternative"] = result.Alternative is { } alternative ? Document(alternative) : null,
        };
        return json.ToJsonString(PairingJson.Options(indented));
    }

    /// <summary>
    /// A re-match: the new pairing's result document, then <c>rematch</c>: <c>disruptionPenalty</c>, <c>kept</c>,
    /// <c>broken</c> (each with <c>reason</c> and <c>explanation</c>) and <c>new</c>.
    /// </summary>
    public static string Serialize(RematchResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var json = Document(result.Pairing);
        json["rematch"] = new JsonObject
        {
            ["disruptionPenalty"] = result.DisruptionPenalty,
            ["kept"] = Pairs(result.Kept),
            ["broken"] = new JsonArray([.. result.Broken.Select(b => (JsonNode)new JsonObject
            {
                ["mentee"] = b.MenteeId,
                ["mentor"] = b.MentorId,
                ["reason"] = b.Reason.ToString(),
                ["explanation"] = b.Explanation,
            })]),
            ["new"] = Pairs(result.New),
        };
        return json.ToJsonString(PairingJson.Options(indented));
    }

    /// <summary>
    /// A ranking: <c>status</c>, <c>alternatives</c> (each <c>rank</c>, <c>scoreChange</c>, <c>pairCountChange</c> and
    /// its <c>pairing</c>) and <c>switches</c> (each <c>mentee</c>, <c>mentor</c> or null, <c>rank</c>,
    /// <c>scoreChange</c>, <c>pairCountChange</c>).
    /// </summary>
    public static string Serialize(AlternativesResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var json = new JsonObject
        {
            ["status"] = result.Status.ToString(),
            ["alternatives"] = new JsonArray([.. result.Ranked.Select(r => (JsonNode)new JsonObject
            {
                ["rank"] = r.Rank,
                ["scoreChange"] = r.ScoreChange,
                ["pairCountChange"] = r.PairCountChange,
                ["pairing"] = Document(r.Pairing),
            })]),
            ["switches"] = new JsonArray([.. result.Switches.Select(s => (JsonNode)new JsonObject
            {
                ["mentee"] = s.MenteeId,
                ["mentor"] = s.MentorId,
                ["rank"] = s.Rank,
                ["scoreChange"] = s.ScoreChange,
                ["pairCountChange"] = s.PairCountChange,
            })]),
        };
        return json.ToJsonString(PairingJson.Options(indented));
    }

    private static JsonObject Document(Pairing pairing) =>
        JsonSerializer.SerializeToNode(PairingJson.ToDocument(pairing), ResultJsonContext.Default.PairingDocument)!.AsObject();

    private static JsonArray Pairs(IEnumerable<MatchedPair> pairs) =>
        new([.. pairs.Select(p => (JsonNode)new JsonObject { ["mentee"] = p.MenteeId, ["mentor"] = p.MentorId, ["score"] = p.Score })]);
}
