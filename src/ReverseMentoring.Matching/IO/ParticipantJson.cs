using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Reads participants from JSON: an array of objects, the form HR portals and HTTP services send.
/// </summary>
/// <remarks>
/// <code>
/// [
///   { "id": "ana", "role": "mentor", "name": "Ana Lima", "department": "Engineering", "managerId": "cto",
///     "seniority": 1, "location": "Lisbon", "utcOffset": 0, "languages": ["pt", "en"], "capacity": 1,
///     "skills": { "Technology": 5 }, "goals": { "Leadership": 0.8 } },
///   { "id": "cfo", "role": "mentee", "seniority": 6, "goals": { "Technology": 1 } }
/// ]
/// </code>
/// <para>
/// Property names are camelCase and case-sensitive; <c>id</c> and <c>role</c> (<c>mentor</c> or <c>mentee</c>,
/// case-insensitive) are required, everything else takes the <see cref="Participant"/> default when left out or null.
/// Comments and trailing commas are allowed. An unknown property is an error, so a misspelt one is never silently
/// dropped.
/// </para>
/// <para>
/// Every problem is a <see cref="JsonFormatException"/> naming the 1-based line and character of the property at
/// fault; <see cref="ParticipantFile.Validate(TextReader, string, ParticipantFileFormat, ColumnMapping?, ParticipantReadLimits?)"/> lists them all.
/// </para>
/// </remarks>
public static class ParticipantJson
{
    /// <summary>Reads participants; the reader is left open.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <returns>The participants in file order; together they form a valid <see cref="Cohort"/>.</returns>
    /// <exception cref="JsonFormatException">The input is not valid; the error names line and character.</exception>
    public static IReadOnlyList<Participant> Read(TextReader reader, string source) =>
        Read(reader, source, ProblemSink.Throwing());

    internal static IReadOnlyList<Participant> Read(TextReader reader, string source, ProblemSink sink) =>
        Read(ToInput(reader, source, ParticipantReadLimits.Default, sink), sink);

    /// <summary>Checks the syntax, property names and limits of decoded JSON text.</summary>
    internal static JsonInput ToInput(TextReader reader, string source, ParticipantReadLimits limits, ProblemSink sink)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return JsonInput.Read(reader, source, ParticipantJsonContext.Default.ListParticipantDto, sink, limits);
    }

    /// <summary>Checks the encoding, syntax, property names and limits of UTF-8 JSON.</summary>
    internal static JsonInput ToInput(byte[] utf8, string source, ParticipantReadLimits limits, ProblemSink sink)
    {
        ArgumentNullException.ThrowIfNull(source);
        return JsonInput.Read(utf8, source, ParticipantJsonContext.Default.ListParticipantDto, sink, limits);
    }

    /// <summary>The participants of checked JSON; every problem goes to <paramref name="sink"/>.</summary>
    internal static IReadOnlyList<Participant> Read(JsonInput input, ProblemSink sink)
    {
        var context = ParticipantJsonContext.Default;
        using var document = JsonDocument.Parse(
            input.Utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            sink.Report(input.Error("$", InputText.Format("JsonNotParticipantArray")));
            return [];
        }

        var participants = new List<Participant>();
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"$[{index++}]");
            ParticipantDto? dto;
            try
            {
                dto = element.Deserialize(context.ParticipantDto);
            }
            catch (JsonException e)
            {
                sink.Report(input.Error(e, at));
                continue;
            }

            if (ToParticipant(dto, at, input, sink) is not { } participant)
            {
                continue;
            }

            if (!paths.TryAdd(participant.Id, at))
            {
                sink.Report(input.Error(at + ".id", InputText.Format("JsonIdUsed", participant.Id, paths[participant.Id])));
                continue;
            }

            participants.Add(participant);
        }

        if (sink.Collects)
        {
            foreach (var cycle in ManagerCycles.Find(participants))
            {
                sink.Report(input.Error(paths[cycle.ParticipantId] + PathOf(cycle.Field), cycle.Message, cycle));
            }
        }
        else
        {
            try
            {
                _ = new Cohort(participants);
            }
            catch (ParticipantValidationException e)
            {
                var at = paths.TryGetValue(e.ParticipantId, out var p) ? p : "$";
                sink.Report(input.Error(at + PathOf(e.Field), e.Message, e));
            }
        }

        return participants.AsReadOnly();
    }

    private static Participant? ToParticipant(ParticipantDto? dto, string at, JsonInput input, ProblemSink sink)
    {
        if (dto is null)
        {
            sink.Report(input.Error(at, InputText.Format("JsonParticipantNull", at)));
            return null;
        }

        if (string.IsNullOrWhiteSpace(dto.Id))
        {
            sink.Report(input.Error(dto.Id is null ? at : at + ".id", InputText.Format("JsonNoId", at)));
            return null;
        }

        if (!ParticipantRoles.TryParse(dto.Role, out var role))
        {
            sink.Report(input.Error(
                dto.Role is null ? at : at + ".role",
                dto.Role is null
                    ? InputText.Format("JsonNoRole", dto.Id.Trim())
                    : InputText.Format("JsonRoleInvalid", dto.Role, dto.Id.Trim())));
            return null;
        }

        try
        {
            return new Participant(
                dto.Id,
                role,
                dto.Name,
                dto.Department,
                dto.ManagerId,
                dto.Seniority ?? 0,
                dto.Location,
                dto.UtcOffset,
                dto.Languages,
                dto.Capacity ?? 1,
                dto.Skills,
                dto.Goals);
        }
        catch (ParticipantValidationException e)
        {
            sink.Report(input.Error(at + PathOf(e.Field), e.Message, e));
            return null;
        }
    }

    /// <summary>The JSON path, below the participant, of a <see cref="ParticipantValidationException.Field"/>.</summary>
    private static string PathOf(string field) => field switch
    {
        "id" or "role" or "name" or "department" or "seniority" or "location" or "languages" or "capacity" => "." + field,
        "manager_id" => ".managerId",
        "utc_offset" => ".utcOffset",
        _ when field.StartsWith("skill:", StringComparison.Ordinal) => ".skills" + JsonInput.Segment(field["skill:".Length..]),
        _ when field.StartsWith("goal:", StringComparison.Ordinal) => ".goals" + JsonInput.Segment(field["goal:".Length..]),
        _ => string.Empty,
    };
}

/// <summary>One participant as written in JSON; <see cref="ParticipantJson"/> validates it into a <see cref="Participant"/>.</summary>
internal sealed class ParticipantDto
{
    public string? Id { get; set; }

    public string? Role { get; set; }

    public string? Name { get; set; }

    public string? Department { get; set; }

    public string? ManagerId { get; set; }

    public double? Seniority { get; set; }

    public string? Location { get; set; }

    public double? UtcOffset { get; set; }

    public List<string>? Languages { get; set; }

    public int? Capacity { get; set; }

    public Dictionary<string, double>? Skills { get; set; }

    public Dictionary<string, double>? Goals { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(List<ParticipantDto>))]
internal sealed partial class ParticipantJsonContext : JsonSerializerContext;
