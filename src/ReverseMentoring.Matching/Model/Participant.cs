using System.Globalization;

namespace ReverseMentoring.Matching.Model;

/// <summary>
/// One person in a reverse-mentoring program: a junior mentor or an executive mentee.
/// Immutable; every field is validated on construction.
/// </summary>
public sealed class Participant
{
    /// <summary>The widest time-zone offset west of UTC, in hours.</summary>
    public const double MinUtcOffset = -12;

    /// <summary>The widest time-zone offset east of UTC, in hours.</summary>
    public const double MaxUtcOffset = 14;

    /// <summary>The lowest seniority (the <c>seniority</c> column).</summary>
    public const double MinSeniority = 0;

    /// <summary>
    /// The highest seniority level. Wide enough for HR grade scales (the synthetic generator's executives reach 8),
    /// narrow enough to catch a typo such as 7,000,000.
    /// </summary>
    public const double MaxSeniority = 100;

    // The validated copies behind Skills and Goals, for lookups and enumeration without the read-only wrapper's interface.
    private readonly Dictionary<string, double> _skills;
    private readonly Dictionary<string, double> _goals;

    /// <summary>Creates and validates a participant.</summary>
    /// <param name="id">Unique id within the cohort; not empty. Leading and trailing spaces are trimmed.</param>
    /// <param name="role">Mentor (junior) or mentee (executive).</param>
    /// <param name="name">Display name; defaults to the id.</param>
    /// <param name="department">Department, used by network reach; optional.</param>
    /// <param name="managerId">The id of this person's manager, used by the reporting-line rule; optional.</param>
    /// <param name="seniority">Seniority level, higher is more senior; <see cref="MinSeniority"/> (0) to <see cref="MaxSeniority"/> (100).</param>
    /// <param name="location">Office or city, used by network reach; optional.</param>
    /// <param name="utcOffset">Time-zone offset from UTC in hours, -12 to 14; optional.</param>
    /// <param name="languages">Languages spoken; empty entries are dropped.</param>
    /// <param name="capacity">How many partners this person can take; at least 1. Default 1.</param>
    /// <param name="skills">Skill level per skill area, each 0 to 5.</param>
    /// <param name="goals">Learning goal per skill area, each 0 (no interest) to 1 (top priority).</param>
    /// <exception cref="ParticipantValidationException">A field is out of range, NaN or empty.</exception>
    public Participant(
        string id,
        ParticipantRole role,
        string? name = null,
        string? department = null,
        string? managerId = null,
        double seniority = 0,
        string? location = null,
        double? utcOffset = null,
        IEnumerable<string>? languages = null,
        int capacity = 1,
        IReadOnlyDictionary<string, double>? skills = null,
        IReadOnlyDictionary<string, double>? goals = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ParticipantValidationException(id ?? string.Empty, "id", ValidationText.Format("IdEmpty"));
        }

        Id = id.Trim();
        if (!Enum.IsDefined(role))
        {
            throw new ParticipantValidationException(Id, "role", ValidationText.Format("RoleInvalid", ((int)role).ToString(CultureInfo.InvariantCulture)));
        }

        Role = role;
        Name = Check.OptionalText(name) ?? Id;
        Department = Check.OptionalText(department);
        ManagerId = Check.OptionalText(managerId);
        Seniority = Check.InRange(Id, "seniority", Check.Finite(Id, "seniority", seniority), MinSeniority, MaxSeniority);
        Location = Check.OptionalText(location);
        UtcOffset = utcOffset is { } offset ? Check.InRange(Id, "utc_offset", offset, MinUtcOffset, MaxUtcOffset) : null;
        Languages = (languages ?? []).Select(Check.OptionalText).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray().AsReadOnly();
        if (capacity < 1)
        {
            throw new ParticipantValidationException(Id, "capacity", ValidationText.Format("CapacityTooSmall", capacity.ToString(CultureInfo.InvariantCulture)));
        }

        Capacity = capacity;
        _skills = CopyAreas(Id, "skill", skills, SkillAreas.MinLevel, SkillAreas.MaxLevel);
        _goals = CopyAreas(Id, "goal", goals, 0, 1);
        Skills = _skills.AsReadOnly();
        Goals = _goals.AsReadOnly();
        GoalEntries = [.. _goals];
    }

    /// <summary>
    /// Creates and validates a mentor (the junior who teaches): the constructor with the role given, and the parameters a
    /// mentor usually needs first. Name the others: <c>Participant.Mentor("ana", 1, skills: ...)</c>.
    /// </summary>
    /// <param name="id">Unique id within the cohort; not empty. Leading and trailing spaces are trimmed.</param>
    /// <param name="seniority">Seniority, higher is more senior; <see cref="MinSeniority"/> (0) to <see cref="MaxSeniority"/> (100).
    /// Required here: the default rules pair a mentor only with a more senior mentee, so two people left at the
    /// constructor's default 0 could never be paired.</param>
    /// <param name="skills">Skill level per skill area, each 0 to 5: what the mentor can teach.</param>
    /// <param name="goals">Learning goal per skill area, each 0 to 1: what the mentor wants from the executive.</param>
    /// <param name="name">Display name; defaults to the id.</param>
    /// <param name="department">Department, used by network reach and side constraints; optional.</param>
    /// <param name="managerId">The id of this person's manager, used by the reporting-line rule; optional.</param>
    /// <param name="location">Office or city, used by network reach; optional.</param>
    /// <param name="utcOffset">Time-zone offset from UTC in hours, -12 to 14; optional.</param>
    /// <param name="languages">Languages spoken; empty entries are dropped.</param>
    /// <param name="capacity">How many mentees this mentor can take; at least 1. Default 1.</param>
    /// <exception cref="ParticipantValidationException">A field is out of range, NaN or empty.</exception>
    public static Participant Mentor(
        string id,
        double seniority,
        IReadOnlyDictionary<string, double>? skills = null,
        IReadOnlyDictionary<string, double>? goals = null,
        string? name = null,
        string? department = null,
        string? managerId = null,
        string? location = null,
        double? utcOffset = null,
        IEnumerable<string>? languages = null,
        int capacity = 1) =>
        new(id, ParticipantRole.Mentor, name, department, managerId, seniority, location, utcOffset, languages, capacity, skills, goals);

    /// <summary>
    /// Creates and validates a mentee (the executive who learns): the constructor with the role given, and the parameters
    /// a mentee usually needs first. Name the others: <c>Participant.Mentee("cfo", 5, goals: ...)</c>.
    /// </summary>
    /// <param name="id">Unique id within the cohort; not empty. Leading and trailing spaces are trimmed.</param>
    /// <param name="seniority">Seniority, higher is more senior; <see cref="MinSeniority"/> (0) to <see cref="MaxSeniority"/> (100).
    /// Required here: the default rules pair a mentor only with a more senior mentee, so two people left at the
    /// constructor's default 0 could never be paired.</param>
    /// <param name="goals">Learning goal per skill area, each 0 (no interest) to 1 (top priority): what the executive wants to learn.</param>
    /// <param name="skills">Skill level per skill area, each 0 to 5: what the executive can give back.</param>
    /// <param name="name">Display name; defaults to the id.</param>
    /// <param name="department">Department, used by network reach and side constraints; optional.</param>
    /// <param name="managerId">The id of this person's manager, used by the reporting-line rule; optional.</param>
    /// <param name="location">Office or city, used by network reach; optional.</param>
    /// <param name="utcOffset">Time-zone offset from UTC in hours, -12 to 14; optional.</param>
    /// <param name="languages">Languages spoken; empty entries are dropped.</param>
    /// <param name="capacity">How many mentors this mentee can take; at least 1. Default 1.</param>
    /// <exception cref="ParticipantValidationException">A field is out of range, NaN or empty.</exception>
    public static Participant Mentee(
        string id,
        double seniority,
        IReadOnlyDictionary<string, double>? goals = null,
        IReadOnlyDictionary<string, double>? skills = null,
        string? name = null,
        string? department = null,
        string? managerId = null,
        string? location = null,
        double? utcOffset = null,
        IEnumerable<string>? languages = null,
        int capacity = 1) =>
        new(id, ParticipantRole.Mentee, name, department, managerId, seniority, location, utcOffset, languages, capacity, skills, goals);

    /// <summary>Unique id within the cohort.</summary>
    public string Id { get; }

    /// <summary>Mentor (junior) or mentee (executive).</summary>
    public ParticipantRole Role { get; }

    /// <summary>Display name; the id when none was given.</summary>
    public string Name { get; }

    /// <summary>Department, or null when unknown.</summary>
    public string? Department { get; }

    /// <summary>The manager's id, or null when none.</summary>
    public string? ManagerId { get; }

    /// <summary>Seniority level, 0 to 100; higher is more senior.</summary>
    public double Seniority { get; }

    /// <summary>Office or city, or null when unknown.</summary>
    public string? Location { get; }

    /// <summary>Time-zone offset from UTC in hours, or null when unknown.</summary>
    public double? UtcOffset { get; }

    /// <summary>Languages spoken, without duplicates.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>How many partners this person can take (at least 1).</summary>
    public int Capacity { get; }

    /// <summary>Skill level (0 to 5) per skill area; names compare case-insensitively.</summary>
    public IReadOnlyDictionary<string, double> Skills { get; }

    /// <summary>Learning goal (0 to 1) per skill area; names compare case-insensitively.</summary>
    public IReadOnlyDictionary<string, double> Goals { get; }

    /// <summary>
    /// The goals as an array in the order <see cref="Goals"/> enumerates them, for scorers that walk every goal per pair
    /// without boxing a dictionary enumerator.
    /// </summary>
    internal KeyValuePair<string, double>[] GoalEntries { get; }

    /// <summary>The skill level in an area, 0 when the area is not listed.</summary>
    public double SkillIn(string area) => _skills.TryGetValue(area, out var level) ? level : 0;

    /// <summary>The learning goal in an area, 0 when the area is not listed.</summary>
    public double GoalIn(string area) => _goals.TryGetValue(area, out var goal) ? goal : 0;

    /// <inheritdoc />
    public override string ToString() => $"{Role} {Id}";

    private static Dictionary<string, double> CopyAreas(
        string id, string kind, IReadOnlyDictionary<string, double>? source, double min, double max)
    {
        var copy = new Dictionary<string, double>(SkillAreas.NameComparer);
        foreach (var (rawArea, value) in source ?? new Dictionary<string, double>())
        {
            var area = Check.OptionalText(rawArea)
                ?? throw new ParticipantValidationException(id, kind, ValidationText.Format("AreaNameEmpty"));
            if (!copy.TryAdd(area, Check.InRange(id, $"{kind}:{area}", value, min, max)))
            {
                throw new ParticipantValidationException(id, $"{kind}:{area}", ValidationText.Format("AreaGivenTwice"));
            }
        }

        return copy;
    }
}
