using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Reads the pairs back from a result file (<c>docs/result-format.md</c>: what <c>rmatch match --json</c> and
/// <c>rmatch rematch --json</c> write): the <c>mentee</c> and <c>mentor</c> of each entry of the top-level <c>pairs</c>
/// array. Every other property is ignored, so results of older and newer versions read alike.
/// </summary>
public static class ResultPairsJson
{
    /// <summary>Reads the pairs of a result; the reader is left open.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <returns>The pairs in file order.</returns>
    /// <exception cref="JsonFormatException">The text is not JSON, has no <c>pairs</c> array, or a pair lacks a mentee or
    /// mentor id or is given twice; the error names line and character.</exception>
    public static IReadOnlyList<ParticipantPair> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var input = JsonInput.Read(reader, source, ResultPairsJsonContext.Default.JsonElement, ProblemSink.Throwing());
        using var document = JsonDocument.Parse(
            input.Utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("pairs", out var pairs) || pairs.ValueKind != JsonValueKind.Array)
        {
            throw input.Error("$", InputText.Format("ResultNoPairs"));
        }

        var read = new List<ParticipantPair>();
        var seen = new Dictionary<(string, string), string>();
        var index = 0;
        foreach (var element in pairs.EnumerateArray())
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"$.pairs[{index++}]");
            var mentee = Id(input, element, at, "mentee");
            var mentor = Id(input, element, at, "mentor");
            var pair = new ParticipantPair(mentor, mentee);
            if (!seen.TryAdd((pair.MenteeId, pair.MentorId), at))
            {
                throw input.Error(at, InputText.Format("PairGivenTwice", pair, JsonInput.Show(seen[(pair.MenteeId, pair.MentorId)])));
            }

            read.Add(pair);
        }

        return read;
    }

    private static string Id(JsonInput input, JsonElement pair, string at, string name)
    {
        if (pair.ValueKind != JsonValueKind.Object)
        {
            throw input.Error(at, InputText.Format("PairNotObject", JsonInput.Show(at)));
        }

        if (!pair.TryGetProperty(name, out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
        {
            throw input.Error(at + "." + name, InputText.Format("PairNeedsId", JsonInput.Show(at), name));
        }

        return id.GetString()!;
    }
}

/// <summary>Source-generated metadata: the result is walked as plain JSON, so no property is unknown.</summary>
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ResultPairsJsonContext : JsonSerializerContext;
