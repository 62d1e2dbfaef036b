using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Configuration;

/// <summary>
/// The config file as written (<see cref="ConfigDto"/>, source-generated System.Text.Json) and its conversion to and
/// from <see cref="MatchingConfig"/>. A new option is one DTO property, one line each way, and one schema entry
/// (a test keeps the schema in step).
/// </summary>
internal static class ConfigJson
{
    private static readonly JsonSerializerOptions WriteOptions = new(ConfigJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Where each pinned pair of a config read from a file was written, keyed by the config's (immutable) pinned-pair
    // list: kept out of MatchingConfig so that records read from different files still compare equal, and dropped
    // when a copy gets other pinned pairs.
    private static readonly ConditionalWeakTable<IReadOnlyList<ParticipantPair>, PinnedPlaces> PinnedPairPlaces = new();

    /// <summary>
    /// The error of the engine about a pinned pair of <paramref name="config"/>, placed at the pair's entry in the
    /// config file; null when the error is about something else or the config was not read from a file.
    /// </summary>
    public static JsonFormatException? Locate(MatchingConfig config, MatchingInputException e) =>
        e.Data[MatchingEngine.PinnedPairIndexKey] is int index
        && PinnedPairPlaces.TryGetValue(config.PinnedPairs, out var places)
        && index >= 0 && index < places.Places.Length
            ? new JsonFormatException(places.Source, places.Places[index].Line, places.Places[index].Column, e.Message, e)
            : null;

    public static MatchingConfig Load(TextReader reader, string source, string baseDirectory)
    {
        var input = JsonInput.Read(reader, source, ConfigJsonContext.Default.ConfigDto, ProblemSink.Throwing());
        ConfigDto dto;
        try
        {
            dto = JsonSerializer.Deserialize(input.Utf8, ConfigJsonContext.Default.ConfigDto)
                ?? throw input.Error("$", "The config is null; expected an object such as {}.");
        }
        catch (JsonException e)
        {
            throw input.Error(e);
        }

        var config = ToConfig(dto, input, baseDirectory);
        if (config.PinnedPairs.Count > 0)
        {
            PinnedPairPlaces.AddOrUpdate(config.PinnedPairs, new PinnedPlaces(
                input.Source,
                [.. Enumerable.Range(0, config.PinnedPairs.Count).Select(i => input.Position(string.Create(CultureInfo.InvariantCulture, $"$.pinnedPairs[{i}]")))]));
        }

        return config;
    }

    public static string Write(MatchingConfig config)
    {
        var dto = new ConfigDto
        {
            Weights = new WeightsDto
            {
                SkillGap = config.Weights.SkillGapWeight,
                Reciprocal = config.Weights.ReciprocalWeight,
                NetworkReach = config.Weights.NetworkReachWeight,
            },
            Rules = new RulesDto
            {
                ReportingLine = config.Rules.ReportingLine,
                Seniority = config.Rules.Seniority,
                LanguageOverlap = config.Rules.LanguageOverlap,
                TimeZoneWindowHours = config.Rules.TimeZoneWindowHours,
                SameDepartment = config.Rules.SameDepartment,
                ForbiddenPairs = Pairs(config.Rules.ForbiddenPairs),
                HistoryPairs = Pairs(config.Rules.HistoryPairs),
            },
            Objective = config.Objective,
            Priority = config.Priority,
            MinimumScore = config.MinimumScore,
            PinnedPairs = Pairs(config.PinnedPairs),
            Capacities = config.MentorCapacity is null && config.MenteeCapacity is null
                ? null
                : new CapacitiesDto { Mentor = config.MentorCapacity, Mentee = config.MenteeCapacity },
            SideConstraints = config.SideConstraints is not { } side ? null : new SideConstraintsDto
            {
                MaxSameDepartmentPairs = side.MaxSameDepartmentPairs,
                MinCrossDepartmentShare = side.MinCrossDepartmentShare,
                BalanceMentorLoad = side.BalanceMentorLoad,
                MaxMenteesPerDepartmentPerMentor = side.MaxMenteesPerDepartmentPerMentor,
                TimeLimitSeconds = side.CpSatTimeLimit.TotalSeconds,
                DeterministicTimeLimit = side.CpSatDeterministicTimeLimit,
            },
            Solver = config.Solver is not { } solver ? null : new SolverDto
            {
                Name = solver.Name,
                Proposers = solver.Proposers,
                PriceOfStability = solver.PriceOfStability ? true : null,
            },
            Columns = Columns(config.Columns),
        };
        return JsonSerializer.Serialize(dto, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ConfigDto>)WriteOptions.GetTypeInfo(typeof(ConfigDto)));
    }

    private static MatchingConfig ToConfig(ConfigDto dto, JsonInput input, string baseDirectory)
    {
        var defaults = MatchingConfig.Default;
        var weights = new CompositeScorerOptions
        {
            SkillGapWeight = dto.Weights?.SkillGap ?? defaults.Weights.SkillGapWeight,
            ReciprocalWeight = dto.Weights?.Reciprocal ?? defaults.Weights.ReciprocalWeight,
            NetworkReachWeight = dto.Weights?.NetworkReach ?? defaults.Weights.NetworkReachWeight,
        };
        foreach (var (name, value) in (ReadOnlySpan<(string, double)>)
            [("skillGap", weights.SkillGapWeight), ("reciprocal", weights.ReciprocalWeight), ("networkReach", weights.NetworkReachWeight)])
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                throw input.Error($"$.weights.{name}", $"The weight 'weights.{name}' must be a finite number, 0 or more.");
            }
        }

        if (weights.SkillGapWeight + weights.ReciprocalWeight + weights.NetworkReachWeight <= 0)
        {
            throw input.Error("$.weights", "At least one weight in 'weights' must be above 0.");
        }

        var rules = dto.Rules ?? new RulesDto();
        if (rules.TimeZoneWindowHours is { } hours && !(hours >= 0))
        {
            throw input.Error("$.rules.timeZoneWindowHours", "'rules.timeZoneWindowHours' must be 0 or more hours.");
        }

        var history = Pairs(rules.HistoryPairs, "$.rules.historyPairs", input).ToList();
        if (rules.HistoryFile is { } historyFile)
        {
            history.AddRange(ReadHistory(historyFile, baseDirectory, input));
        }

        if (dto.MinimumScore is { } floor && !double.IsFinite(floor))
        {
            throw input.Error("$.minimumScore", "'minimumScore' must be a finite number.");
        }

        foreach (var (name, value) in (ReadOnlySpan<(string, int?)>)[("mentor", dto.Capacities?.Mentor), ("mentee", dto.Capacities?.Mentee)])
        {
            if (value < 1)
            {
                throw input.Error($"$.capacities.{name}", $"'capacities.{name}' must be at least 1.");
            }
        }

        return new MatchingConfig
        {
            Weights = weights,
            Rules = new RuleSettings
            {
                ReportingLine = rules.ReportingLine ?? defaults.Rules.ReportingLine,
                Seniority = rules.Seniority ?? defaults.Rules.Seniority,
                LanguageOverlap = rules.LanguageOverlap ?? defaults.Rules.LanguageOverlap,
                TimeZoneWindowHours = rules.TimeZoneWindowHours,
                SameDepartment = rules.SameDepartment ?? defaults.Rules.SameDepartment,
                ForbiddenPairs = Pairs(rules.ForbiddenPairs, "$.rules.forbiddenPairs", input),
                HistoryPairs = history,
            },
            Objective = dto.Objective ?? defaults.Objective,
            Priority = dto.Priority ?? defaults.Priority,
            MinimumScore = dto.MinimumScore,
            PinnedPairs = Pairs(dto.PinnedPairs, "$.pinnedPairs", input),
            MentorCapacity = dto.Capacities?.Mentor,
            MenteeCapacity = dto.Capacities?.Mentee,
            SideConstraints = SideConstraints(dto.SideConstraints, input),
            Solver = Solver(dto.Solver, input),
            Columns = Columns(dto.Columns, input),
        };
    }

    /// <summary>Seconds to a time span rounded to the tick, so that writing and reading a config gives it back exactly.</summary>
    private static TimeSpan Seconds(double seconds) => TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));

    private static SideConstraintOptions? SideConstraints(SideConstraintsDto? dto, JsonInput input)
    {
        if (dto?.TimeLimitSeconds is { } seconds && !(Seconds(seconds) > TimeSpan.Zero && seconds <= 86_400))
        {
            throw input.Error("$.sideConstraints.timeLimitSeconds", "'sideConstraints.timeLimitSeconds' must be above 0 and at most 86400.");
        }

        if (dto?.DeterministicTimeLimit is { } work && !(work > 0 && work <= 86_400))
        {
            throw input.Error("$.sideConstraints.deterministicTimeLimit", "'sideConstraints.deterministicTimeLimit' must be above 0 and at most 86400.");
        }

        // Nothing switched on means no side constraints (a time limit alone changes nothing), as if the section were absent.
        if (dto is null || (dto.MaxSameDepartmentPairs is null && dto.MinCrossDepartmentShare is null
            && dto.BalanceMentorLoad != true && dto.MaxMenteesPerDepartmentPerMentor is null))
        {
            return null;
        }

        if (dto.MaxSameDepartmentPairs < 0)
        {
            throw input.Error("$.sideConstraints.maxSameDepartmentPairs", "'sideConstraints.maxSameDepartmentPairs' must be 0 or more.");
        }

        if (dto.MinCrossDepartmentShare is { } share && !(share >= 0 && share <= 1))
        {
            throw input.Error("$.sideConstraints.minCrossDepartmentShare", "'sideConstraints.minCrossDepartmentShare' must be a fraction from 0 to 1.");
        }

        if (dto.MaxMenteesPerDepartmentPerMentor < 1)
        {
            throw input.Error("$.sideConstraints.maxMenteesPerDepartmentPerMentor", "'sideConstraints.maxMenteesPerDepartmentPerMentor' must be at least 1.");
        }

        return new SideConstraintOptions
        {
            MaxSameDepartmentPairs = dto.MaxSameDepartmentPairs,
            MinCrossDepartmentShare = dto.MinCrossDepartmentShare,
            BalanceMentorLoad = dto.BalanceMentorLoad ?? false,
            MaxMenteesPerDepartmentPerMentor = dto.MaxMenteesPerDepartmentPerMentor,
            CpSatTimeLimit = dto.TimeLimitSeconds is { } limit ? Seconds(limit) : ReverseMentoring.Matching.Solving.SideConstraints.DefaultTimeLimit,
            CpSatDeterministicTimeLimit = dto.DeterministicTimeLimit ?? ReverseMentoring.Matching.Solving.SideConstraints.DefaultDeterministicTimeLimit,
        };
    }

    /// <summary>The <c>solver</c> section, checked here so that a wrong name is reported where it was written.</summary>
    private static SolverSettings? Solver(SolverDto? dto, JsonInput input)
    {
        if (dto is null)
        {
            return null;
        }

        var settings = new SolverSettings { Name = dto.Name ?? SolverSettings.AutomaticName, Proposers = dto.Proposers };
        try
        {
            _ = settings.ToSolver();
        }
        catch (MatchingInputException e)
        {
            var known = SolverSettings.Names.Contains(settings.Name.Trim(), StringComparer.OrdinalIgnoreCase);
            throw input.Error(known ? "$.solver.proposers" : "$.solver.name", $"'solver': {e.Message}", e);
        }

        // Checked after the name and proposers, so that an error here is about priceOfStability alone.
        settings = settings with { PriceOfStability = dto.PriceOfStability ?? false };
        try
        {
            _ = settings.ToSolver();
        }
        catch (MatchingInputException e)
        {
            throw input.Error("$.solver.priceOfStability", $"'solver': {e.Message}", e);
        }

        return settings;
    }

    private static ColumnMapping Columns(ColumnsDto? dto, JsonInput input)
    {
        var mapping = ColumnMapping.Default;
        if (dto is null)
        {
            return mapping;
        }

        var rules = new List<RoleRule>();
        for (var i = 0; i < (dto.RoleRules?.Count ?? 0); i++)
        {
            var rule = dto.RoleRules![i];
            var at = $"$.columns.roleRules[{i}]";
            var excludes = rule?.Exclude == true;
            if (string.IsNullOrWhiteSpace(rule?.Column) || (rule.Role is null) == !excludes)
            {
                throw input.Error(at, $"Each role rule needs a 'column' and a 'role' (\"mentor\" or \"mentee\"), or \"exclude\": true instead of a role, for example {{ \"column\": \"seniority\", \"atLeast\": 4, \"role\": \"mentee\" }}.");
            }

            var column = rule.Column.Trim();
            rules.Add((excludes ? RoleRule.Exclude(column) : new RoleRule(column, rule.Role!.Value)) with { AtLeast = rule.AtLeast, AtMost = rule.AtMost });
        }

        mapping = mapping with
        {
            Id = dto.Id ?? mapping.Id,
            Name = dto.Name ?? mapping.Name,
            Role = dto.Role ?? mapping.Role,
            Department = dto.Department ?? mapping.Department,
            ManagerId = dto.ManagerId ?? mapping.ManagerId,
            Seniority = dto.Seniority ?? mapping.Seniority,
            Location = dto.Location ?? mapping.Location,
            UtcOffset = dto.UtcOffset ?? mapping.UtcOffset,
            Languages = dto.Languages ?? mapping.Languages,
            Capacity = dto.Capacity ?? mapping.Capacity,
            SkillPattern = dto.Skill ?? mapping.SkillPattern,
            GoalPattern = dto.Goal ?? mapping.GoalPattern,
            LanguageSeparator = dto.LanguageSeparator ?? mapping.LanguageSeparator,
            RoleValues = dto.RoleValues ?? mapping.RoleValues,
            RoleRules = rules,
            IgnoreOtherColumns = dto.IgnoreOtherColumns ?? mapping.IgnoreOtherColumns,
            DerivedAreas = ConfigDerive.Read(dto.Derive, input),
        };
        var problems = mapping.FindProblems();
        if (problems.Count > 0)
        {
            throw input.Error("$.columns", "The column mapping in 'columns' is not valid: " + string.Join(" ", problems));
        }

        return mapping;
    }

    private static ColumnsDto Columns(ColumnMapping mapping) =>
        new()
        {
            Id = mapping.Id,
            Name = mapping.Name,
            Role = mapping.Role,
            Department = mapping.Department,
            ManagerId = mapping.ManagerId,
            Seniority = mapping.Seniority,
            Location = mapping.Location,
            UtcOffset = mapping.UtcOffset,
            Languages = mapping.Languages,
            Capacity = mapping.Capacity,
            Skill = mapping.SkillPattern,
            Goal = mapping.GoalPattern,
            LanguageSeparator = mapping.LanguageSeparator,
            RoleValues = mapping.RoleValues.ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase),
            RoleRules = [.. mapping.RoleRules.Select(r => new RoleRuleDto
            {
                Column = r.Column, AtLeast = r.AtLeast, AtMost = r.AtMost, Role = r.Excludes ? null : r.Role, Exclude = r.Excludes ? true : null,
            })],
            IgnoreOtherColumns = mapping.IgnoreOtherColumns,
            Derive = ConfigDerive.Write(mapping.DerivedAreas),
        };

    private static ParticipantPair[] Pairs(List<PairDto>? pairs, string path, JsonInput input)
    {
        var result = new ParticipantPair[pairs?.Count ?? 0];
        for (var i = 0; i < result.Length; i++)
        {
            var pair = pairs![i];
            if (string.IsNullOrWhiteSpace(pair?.Mentor) || string.IsNullOrWhiteSpace(pair.Mentee))
            {
                throw input.Error($"{path}[{i}]", $"Each pair needs a 'mentor' and a 'mentee' id, for example {{ \"mentor\": \"ana\", \"mentee\": \"cfo\" }}.");
            }

            result[i] = new ParticipantPair(pair.Mentor, pair.Mentee);
        }

        return result;
    }

    private static List<PairDto> Pairs(IReadOnlyList<ParticipantPair> pairs) =>
        [.. pairs.Select(p => new PairDto { Mentor = p.MentorId, Mentee = p.MenteeId })];

    private static IReadOnlyList<ParticipantPair> ReadHistory(string file, string baseDirectory, JsonInput input)
    {
        var path = Path.Combine(baseDirectory, file);
        try
        {
            using var reader = new StreamReader(path);
            return PairListCsv.Read(reader, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw input.Error(
                "$.rules.historyFile",
                e is FileNotFoundException or DirectoryNotFoundException
                    ? $"The history file '{file}' does not exist (looked for {path})."
                    : $"The history file '{file}' cannot be read: {e.Message}",
                e);
        }
    }

    private sealed record PinnedPlaces(string Source, (int Line, int Column)[] Places);
}
