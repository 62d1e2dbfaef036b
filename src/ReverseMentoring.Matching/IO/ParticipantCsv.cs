using System.Globalization;
using nietras.SeparatedValues;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Reads participants from CSV: the input of <c>rmatch match</c>.
/// </summary>
/// <remarks>
/// <para>
/// The first row is a header. Known columns, in any order, names case-insensitive:
/// <c>id</c> and <c>role</c> (both required), <c>name</c>, <c>department</c>, <c>manager_id</c>, <c>level</c>,
/// <c>location</c>, <c>utc_offset</c>, <c>languages</c> (separated by <c>;</c>), <c>capacity</c>; then any number of
/// <c>skill:&lt;Area&gt;</c> (level 0–5) and <c>goal:&lt;Area&gt;</c> (weight 0–1) columns. Any other column is an error.
/// </para>
/// <para>
/// Each further row is one participant. <c>role</c> is <c>mentor</c> or <c>mentee</c> (case-insensitive). An empty
/// cell means "not given": the <see cref="Participant"/> default applies (level 0, capacity 1, no skill or goal in
/// that area). Numbers use the invariant culture with <c>.</c> as decimal point. Cells are trimmed and may be quoted;
/// a UTF-8 byte-order mark and empty lines at the end are ignored.
/// </para>
/// <para>
/// Every problem, including those <see cref="Participant"/> and <see cref="Cohort"/> validation find (ranges,
/// duplicate ids, cycles of manager ids), is reported as a <see cref="CsvFormatException"/> naming the line and
/// column at fault.
/// </para>
/// </remarks>
public static partial class ParticipantCsv
{
    private const string SkillPrefix = "skill:";
    private const string GoalPrefix = "goal:";

    private static readonly string[] KnownColumns =
        ["id", "name", "role", "department", "manager_id", "level", "location", "utc_offset", "languages", "capacity"];

    /// <summary>Reads participants; the reader is left open.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <returns>The participants in file order; together they form a valid <see cref="Cohort"/>.</returns>
    /// <exception cref="CsvFormatException">The input does not fit the layout or a participant is not valid; the error names line and column.</exception>
    public static IReadOnlyList<Participant> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        Header? header = null;
        var participants = new List<Participant>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);

        CsvInput.ForEachRow(reader, source, (line, row) =>
        {
            if (header is null)
            {
                header = Header.Read(row, source, line);
                return;
            }

            var participant = ReadParticipant(row, source, line, header);
            if (!lines.TryAdd(participant.Id, line))
            {
                throw new CsvFormatException(
                    source, line, header.Id + 1, Invariant($"The id '{participant.Id}' is already used on line {lines[participant.Id]}."));
            }

            participants.Add(participant);
        });

        if (header is null)
        {
            throw new CsvFormatException(source, 1, 1, "The file is empty; expected a header row with at least the columns id and role.");
        }

        try
        {
            _ = new Cohort(participants);
        }
        catch (ParticipantValidationException e)
        {
            var line = lines.TryGetValue(e.ParticipantId, out var l) ? l : 1;
            throw new CsvFormatException(source, line, header.ColumnOf(e.Field), e.Message, e);
        }

        return participants.AsReadOnly();
    }

    private static Participant ReadParticipant(SepReader.Row row, string source, int line, Header header)
    {
        if (row.ColCount != header.Count)
        {
            throw CsvInput.WrongCellCount(source, line, row.ColCount, header.Count, "one per header column");
        }

        var id = CsvInput.Cell(row, header.Id);
        if (id.IsEmpty)
        {
            throw new CsvFormatException(source, line, header.Id + 1, "The id is empty; every participant needs one.");
        }

        var roleText = CsvInput.Cell(row, header.Role);
        ParticipantRole role;
        if (roleText.Equals("mentor", StringComparison.OrdinalIgnoreCase))
        {
            role = ParticipantRole.Mentor;
        }
        else if (roleText.Equals("mentee", StringComparison.OrdinalIgnoreCase))
        {
            role = ParticipantRole.Mentee;
        }
        else
        {
            throw new CsvFormatException(
                source,
                line,
                header.Role + 1,
                roleText.IsEmpty ? "The role is empty; expected mentor or mentee." : $"The role '{roleText}' is not valid; expected mentor or mentee.");
        }

        int capacity = 1;
        if (header.Capacity is { } capacityColumn && CsvInput.Cell(row, capacityColumn) is { IsEmpty: false } capacityText)
        {
            if (!int.TryParse(capacityText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out capacity))
            {
                throw new CsvFormatException(
                    source, line, capacityColumn + 1, $"The capacity '{capacityText}' is not a whole number; expected 1, 2, 3, ...");
            }
        }

        var skills = new Dictionary<string, double>(SkillAreas.NameComparer);
        var goals = new Dictionary<string, double>(SkillAreas.NameComparer);
        foreach (var (column, area, isSkill) in header.Areas)
        {
            if (Number(row, source, line, column, isSkill ? $"The skill level in {area}" : $"The learning goal in {area}") is { } value)
            {
                (isSkill ? skills : goals)[area] = value;
            }
        }

        try
        {
            return new Participant(
                id.ToString(),
                role,
                name: Text(row, header.Name),
                department: Text(row, header.Department),
                managerId: Text(row, header.ManagerId),
                seniority: Number(row, source, line, header.Level, "The level") ?? 0,
                location: Text(row, header.Location),
                utcOffset: Number(row, source, line, header.UtcOffset, "The UTC offset"),
                languages: Text(row, header.Languages)?.Split(';'),
                capacity: capacity,
                skills: skills,
                goals: goals);
        }
        catch (ParticipantValidationException e)
        {
            throw new CsvFormatException(source, line, header.ColumnOf(e.Field), e.Message, e);
        }
    }

    private static double? Number(SepReader.Row row, string source, int line, int? column, string what)
    {
        if (column is not { } c || CsvInput.Cell(row, c) is not { IsEmpty: false } cell)
        {
            return null;
        }

        return CsvInput.TryParseNumber(cell, out var value)
            ? value
            : throw new CsvFormatException(source, line, c + 1, CsvInput.NotANumber(what, cell));
    }

    private static string? Text(SepReader.Row row, int? column) =>
        column is { } c ? CsvInput.OptionalText(row, c) : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Where each known column is (0-based), and the skill and goal columns.</summary>
    private sealed class Header
    {
        private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(int Column, string Area, bool IsSkill)> _areas = [];

        private Header(int count) => Count = count;

        public int Count { get; }

        public int Id => _columns["id"];

        public int Role => _columns["role"];

        public int? Name => Find("name");

        public int? Department => Find("department");

        public int? ManagerId => Find("manager_id");

        public int? Level => Find("level");

        public int? Location => Find("location");

        public int? UtcOffset => Find("utc_offset");

        public int? Languages => Find("languages");

        public int? Capacity => Find("capacity");

        public IReadOnlyList<(int Column, string Area, bool IsSkill)> Areas => _areas;

        public static Header Read(SepReader.Row row, string source, int line)
        {
            var header = new Header(row.ColCount);
            for (var c = 0; c < row.ColCount; c++)
            {
                var name = CsvInput.Cell(row, c).ToString();
                string key;
                if (TryArea(name, SkillPrefix, out var area) || TryArea(name, GoalPrefix, out area))
                {
                    if (area.Length == 0)
                    {
                        throw new CsvFormatException(source, line, c + 1, $"The column '{name}' names no skill area; write for example skill:Technology.");
                    }

                    var isSkill = name.StartsWith(SkillPrefix, StringComparison.OrdinalIgnoreCase);
                    key = (isSkill ? SkillPrefix : GoalPrefix) + area;
                    header._areas.Add((c, area, isSkill));
                }
                else if (KnownColumns.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    key = name;
                }
                else
                {
                    throw new CsvFormatException(
                        source,
                        line,
                        c + 1,
                        (name.Length == 0 ? "A column has no name" : $"Unknown column '{name}'")
                        + $"; expected {string.Join(", ", KnownColumns)}, skill:<Area> or goal:<Area>.");
                }

                if (!header._columns.TryAdd(key, c))
                {
                    throw new CsvFormatException(
                        source, line, c + 1, Invariant($"The column '{name}' is given twice (also column {header._columns[key] + 1})."));
                }
            }

            foreach (var required in (string[])["id", "role"])
            {
                if (!header._columns.ContainsKey(required))
                {
                    throw new CsvFormatException(
                        source, line, 1, $"The header has no '{required}' column; the columns id and role are required.");
                }
            }

            return header;
        }

        /// <summary>The 1-based column of a <see cref="ParticipantValidationException.Field"/>; the id column when unknown.</summary>
        public int ColumnOf(string field) =>
            (_columns.TryGetValue(field, out var c) ? c : Id) + 1;

        private int? Find(string name) => _columns.TryGetValue(name, out var c) ? c : null;

        private static bool TryArea(string name, string prefix, out string area)
        {
            area = string.Empty;
            if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            area = name[prefix.Length..].Trim();
            return true;
        }
    }
}
