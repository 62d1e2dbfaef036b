using System.Collections.ObjectModel;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// How the columns of a participant CSV (an HR export from Workday, BambooHR, SAP or a spreadsheet) map to our
/// fields. <see cref="Default"/> is the library's own layout, so files written for it keep working.
/// </summary>
/// <remarks>
/// <para>
/// Header texts compare case-insensitively after trimming. <see cref="Id"/> must be in the file, and so must
/// <see cref="Role"/> unless <see cref="RoleRules"/> derive the role. Any other column is optional when it keeps its
/// default name, and required when you map it to a header of your own (so a typo in a mapping is an error, not
/// silently missing data).
/// </para>
/// <para>
/// Skill and goal columns are found by pattern: <see cref="SkillPattern"/> <c>"Skill - {area}"</c> reads a column
/// <c>Skill - Technology</c> as the skill level in <c>Technology</c>.
/// </para>
/// </remarks>
public sealed record ColumnMapping
{
    /// <summary>The placeholder that captures the skill area in <see cref="SkillPattern"/> and <see cref="GoalPattern"/>.</summary>
    public const string AreaPlaceholder = "{area}";

    private static readonly ReadOnlyDictionary<string, ParticipantRole> DefaultRoleValues =
        new Dictionary<string, ParticipantRole>(StringComparer.OrdinalIgnoreCase)
        {
            [ParticipantRoles.MentorText] = ParticipantRole.Mentor,
            [ParticipantRoles.MenteeText] = ParticipantRole.Mentee,
        }.AsReadOnly();

    private readonly IReadOnlyDictionary<string, ParticipantRole> _roleValues = DefaultRoleValues;
    private readonly IReadOnlyList<RoleRule> _roleRules = [];
    private readonly IReadOnlyList<DerivedArea> _derivedAreas = [];

    /// <summary>Our field names, as used by <see cref="WithColumn"/>, <c>--column field=Header</c> and the config file.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["id", "name", "role", "department", "manager_id", "seniority", "location", "utc_offset", "languages", "capacity", "skill", "goal"];

    /// <summary>The library's own layout: <c>id,name,role,...,skill:&lt;Area&gt;,goal:&lt;Area&gt;</c>, languages split by <c>;</c>.</summary>
    public static ColumnMapping Default { get; } = new();

    /// <summary>Header of the participant id. Default <c>id</c>; always required.</summary>
    public string Id { get; init; } = "id";

    /// <summary>Header of the display name. Default <c>name</c>.</summary>
    public string Name { get; init; } = "name";

    /// <summary>Header of the role. Default <c>role</c>; not used when <see cref="RoleRules"/> are given.</summary>
    public string Role { get; init; } = "role";

    /// <summary>Header of the department. Default <c>department</c>.</summary>
    public string Department { get; init; } = "department";

    /// <summary>Header of the manager's id. Default <c>manager_id</c>.</summary>
    public string ManagerId { get; init; } = "manager_id";

    /// <summary>Header of the seniority (higher is more senior). Default <c>seniority</c>.</summary>
    public string Seniority { get; init; } = "seniority";

    /// <summary>Header of the office or city. Default <c>location</c>.</summary>
    public string Location { get; init; } = "location";

    /// <summary>Header of the UTC offset in hours. Default <c>utc_offset</c>.</summary>
    public string UtcOffset { get; init; } = "utc_offset";

    /// <summary>Header of the languages spoken. Default <c>languages</c>.</summary>
    public string Languages { get; init; } = "languages";

    /// <summary>Header of the capacity. Default <c>capacity</c>.</summary>
    public string Capacity { get; init; } = "capacity";

    /// <summary>Pattern of skill-level columns (0–5), with one <c>{area}</c>. Default <c>skill:{area}</c>.</summary>
    public string SkillPattern { get; init; } = "skill:" + AreaPlaceholder;

    /// <summary>Pattern of learning-goal columns (0–1), with one <c>{area}</c>. Default <c>goal:{area}</c>.</summary>
    public string GoalPattern { get; init; } = "goal:" + AreaPlaceholder;

    /// <summary>What separates languages within the languages cell. Default <c>;</c>.</summary>
    public string LanguageSeparator { get; init; } = ";";

    /// <summary>
    /// Cell values of the role column and the role each stands for, compared case-insensitively after trimming.
    /// Default <c>mentor</c> → mentor, <c>mentee</c> → mentee. Give every value your export uses, for example
    /// <c>Junior</c> → mentor and <c>Executive</c> → mentee.
    /// </summary>
    public IReadOnlyDictionary<string, ParticipantRole> RoleValues
    {
        get => _roleValues;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var copy = new Dictionary<string, ParticipantRole>(StringComparer.OrdinalIgnoreCase);
            foreach (var (text, role) in value)
            {
                copy[text.Trim()] = role;
            }

            _roleValues = copy.AsReadOnly();
        }
    }

    /// <summary>
    /// Rules that derive the role from a number instead of a role column. Default none: the role column is read.
    /// A row matching rules of one role gets it; a row matching no rule, or an excluding rule, is left out of the
    /// programme and counted, not an error (see <see cref="RoleRule"/>).
    /// </summary>
    public IReadOnlyList<RoleRule> RoleRules
    {
        get => _roleRules;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _roleRules = value.ToArray().AsReadOnly();
        }
    }

    /// <summary>
    /// Skill levels and learning goals read off other columns by a table of values, for exports without skill
    /// columns. Default none. An area may not be both derived and read from a skill or goal column.
    /// </summary>
    public IReadOnlyList<DerivedArea> DerivedAreas
    {
        get => _derivedAreas;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _derivedAreas = value.ToArray().AsReadOnly();
        }
    }

    /// <summary>
    /// Whether columns that map to no field are skipped, as HR exports carry many (email, hire date, ...).
    /// Default false: an unknown column is an error, which catches typos in headers.
    /// </summary>
    public bool IgnoreOtherColumns { get; init; }

    /// <summary>A copy with one field mapped to another header, or a new skill or goal pattern.</summary>
    /// <param name="field">One of <see cref="Fields"/>, case-insensitive; <c>managerId</c> and <c>manager-id</c> are read as <c>manager_id</c>.</param>
    /// <param name="header">The export's header text, or for <c>skill</c> and <c>goal</c> a pattern with <c>{area}</c>.</param>
    /// <exception cref="MatchingInputException">The field is unknown or the header is empty.</exception>
    public ColumnMapping WithColumn(string field, string header)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(header);
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new MatchingInputException(InputText.Format("MappingHeaderForEmpty", field));
        }

        header = header.Trim();
        // manager_id, manager-id and managerId (the config file's spelling) all name the same field.
        return field.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "ID" => this with { Id = header },
            "NAME" => this with { Name = header },
            "ROLE" => this with { Role = header },
            "DEPARTMENT" => this with { Department = header },
            "MANAGERID" => this with { ManagerId = header },
            "SENIORITY" => this with { Seniority = header },
            "LOCATION" => this with { Location = header },
            "UTCOFFSET" => this with { UtcOffset = header },
            "LANGUAGES" => this with { Languages = header },
            "CAPACITY" => this with { Capacity = header },
            "SKILL" => this with { SkillPattern = header },
            "GOAL" => this with { GoalPattern = header },
            _ => throw new MatchingInputException(
                InputText.Format("MappingNotAField", field, string.Join(", ", Fields))),
        };
    }

    /// <summary>Every problem of this mapping, as sentences; empty when it can be used.</summary>
    public IReadOnlyList<string> FindProblems()
    {
        var problems = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, header) in Columns())
        {
            if (string.IsNullOrWhiteSpace(header))
            {
                problems.Add(InputText.Format("MappingHeaderOfEmpty", field));
            }
            else if (!seen.TryAdd(header.Trim(), field))
            {
                problems.Add(InputText.Format("MappingHeaderTwice", header.Trim(), seen[header.Trim()], field));
            }
        }

        foreach (var (field, pattern) in (ReadOnlySpan<(string, string)>)[("skill", SkillPattern), ("goal", GoalPattern)])
        {
            var at = pattern?.IndexOf(AreaPlaceholder, StringComparison.OrdinalIgnoreCase) ?? -1;
            if (pattern is null || at < 0 || pattern.IndexOf(AreaPlaceholder, at + 1, StringComparison.OrdinalIgnoreCase) >= 0
                || pattern.Trim().Length == AreaPlaceholder.Length)
            {
                problems.Add(InputText.Format("MappingPattern", field, pattern, AreaPlaceholder));
            }
        }

        if (string.Equals(SkillPattern?.Trim(), GoalPattern?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(InputText.Format("MappingPatternsSame"));
        }

        if (string.IsNullOrEmpty(LanguageSeparator))
        {
            problems.Add(InputText.Format("MappingLanguageSeparatorEmpty"));
        }

        foreach (var rule in RoleRules)
        {
            if (rule is null || string.IsNullOrWhiteSpace(rule.Column))
            {
                problems.Add(InputText.Format("MappingRuleNoColumn"));
            }
            else if (!rule.Excludes && !Enum.IsDefined(rule.Role))
            {
                problems.Add(InputText.Format("MappingRuleNoRole", rule.Column));
            }
            else if (rule.AtLeast is { } low && rule.AtMost is { } high && !(low <= high))
            {
                problems.Add(InputText.Format("MappingRuleNeverMatches", rule));
            }
            else if (rule.AtLeast is { } a && !double.IsFinite(a) || rule.AtMost is { } b && !double.IsFinite(b))
            {
                problems.Add(InputText.Format("MappingRuleBoundNotFinite", rule));
            }
        }

        if (RoleRules.Count > 0 && RoleRules.All(r => r is null || r.Excludes))
        {
            problems.Add(InputText.Format("MappingRulesOnlyExclude"));
        }

        var targets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var derived in DerivedAreas)
        {
            if (derived is null)
            {
                problems.Add(InputText.Format("MappingDeriveMissing"));
                continue;
            }

            problems.AddRange(derived.FindProblems());
            if (!targets.Add(derived.Target))
            {
                problems.Add(InputText.Format("MappingDerivedTwice", derived.Target));
            }
        }

        if (RoleRules.Count == 0 && RoleValues.Count == 0)
        {
            problems.Add(InputText.Format("MappingNoRoleValues"));
        }

        return problems.AsReadOnly();
    }

    /// <summary>The plain (not pattern) fields and their headers, in <see cref="Fields"/> order.</summary>
    internal IEnumerable<(string Field, string Header)> Columns() =>
    [
        ("id", Id), ("name", Name), ("role", Role), ("department", Department), ("manager_id", ManagerId), ("seniority", Seniority),
        ("location", Location), ("utc_offset", UtcOffset), ("languages", Languages), ("capacity", Capacity),
    ];

    /// <summary>The header a field is mapped to, or null when <paramref name="field"/> is not one of the plain fields.</summary>
    internal string? HeaderOf(string field) =>
        Columns().FirstOrDefault(c => string.Equals(c.Field, field.Trim(), StringComparison.OrdinalIgnoreCase)).Header;

    /// <summary>Throws when <see cref="FindProblems"/> finds any.</summary>
    internal void ThrowIfInvalid()
    {
        var problems = FindProblems();
        if (problems.Count > 0)
        {
            throw new MatchingInputException(InputText.Format("MappingNotValid", string.Join(" ", problems)));
        }
    }
}
