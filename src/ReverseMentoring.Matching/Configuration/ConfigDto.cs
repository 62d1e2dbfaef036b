using System.Text.Json;
using System.Text.Json.Serialization;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Configuration;

// The config file's shape as System.Text.Json reads and writes it; ConfigJson converts it to and from MatchingConfig.

/// <summary>The config file's top level.</summary>
internal sealed class ConfigDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public WeightsDto? Weights { get; set; }

    public RulesDto? Rules { get; set; }

    public PairingObjective? Objective { get; set; }

    public PairingPriority? Priority { get; set; }

    public double? MinimumScore { get; set; }

    public List<PairDto>? PinnedPairs { get; set; }

    public CapacitiesDto? Capacities { get; set; }

    public SideConstraintsDto? SideConstraints { get; set; }

    public SolverDto? Solver { get; set; }

    public ColumnsDto? Columns { get; set; }
}

/// <summary><c>solver</c>: the solver by name, and the proposing side and price of stability of stable matching.</summary>
internal sealed class SolverDto
{
    public string? Name { get; set; }

    public StableProposer? Proposers { get; set; }

    public bool? PriceOfStability { get; set; }
}

/// <summary><c>capacities</c>: partners per mentor and per mentee, overriding the file.</summary>
internal sealed class CapacitiesDto
{
    public int? Mentor { get; set; }

    public int? Mentee { get; set; }
}

/// <summary><c>sideConstraints</c>: department quotas and load balance.</summary>
internal sealed class SideConstraintsDto
{
    public int? MaxSameDepartmentPairs { get; set; }

    public double? MinCrossDepartmentShare { get; set; }

    public bool? BalanceMentorLoad { get; set; }

    public int? MaxMenteesPerDepartmentPerMentor { get; set; }

    public double? TimeLimitSeconds { get; set; }

    public double? DeterministicTimeLimit { get; set; }
}

/// <summary><c>weights</c>: the composite scorer's weights.</summary>
internal sealed class WeightsDto
{
    public double? SkillGap { get; set; }

    public double? Reciprocal { get; set; }

    public double? NetworkReach { get; set; }
}

/// <summary><c>rules</c>: the built-in rules.</summary>
internal sealed class RulesDto
{
    public bool? ReportingLine { get; set; }

    public bool? Seniority { get; set; }

    public bool? LanguageOverlap { get; set; }

    public double? TimeZoneWindowHours { get; set; }

    public bool? SameDepartment { get; set; }

    public List<PairDto>? ForbiddenPairs { get; set; }

    public List<PairDto>? HistoryPairs { get; set; }

    public string? HistoryFile { get; set; }
}

/// <summary>A mentor and a mentee by id.</summary>
internal sealed class PairDto
{
    public string? Mentor { get; set; }

    public string? Mentee { get; set; }
}

/// <summary><c>columns</c>: the participant CSV's column mapping.</summary>
internal sealed class ColumnsDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Department { get; set; }

    public string? ManagerId { get; set; }

    public string? Seniority { get; set; }

    public string? Location { get; set; }

    public string? UtcOffset { get; set; }

    public string? Languages { get; set; }

    public string? Capacity { get; set; }

    public string? Skill { get; set; }

    public string? Goal { get; set; }

    public string? LanguageSeparator { get; set; }

    public Dictionary<string, ParticipantRole>? RoleValues { get; set; }

    public List<RoleRuleDto>? RoleRules { get; set; }

    public bool? IgnoreOtherColumns { get; set; }

    public Dictionary<string, DeriveDto>? Derive { get; set; }
}

/// <summary>One derive, keyed <c>skill:Area</c> or <c>goal:Area</c>: a column's values mapped to levels.</summary>
internal sealed class DeriveDto
{
    public string? Column { get; set; }

    public Dictionary<string, double>? Values { get; set; }

    public double? Default { get; set; }
}

/// <summary>One role rule: a number range in a column means a role.</summary>
internal sealed class RoleRuleDto
{
    public string? Column { get; set; }

    public double? AtLeast { get; set; }

    public double? AtMost { get; set; }

    public ParticipantRole? Role { get; set; }

    public bool? Exclude { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.Unspecified,
    Converters = [typeof(NamedEnumConverter<PairingObjective>), typeof(NamedEnumConverter<PairingPriority>), typeof(NamedEnumConverter<ParticipantRole>), typeof(NamedEnumConverter<StableProposer>)],
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ConfigDto))]
internal sealed partial class ConfigJsonContext : JsonSerializerContext;
