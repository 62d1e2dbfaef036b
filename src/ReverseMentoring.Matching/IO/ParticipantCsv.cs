using System.Globalization;
using nietras.SeparatedValues;
using ReverseMentoring.Matching.Model;
using static System.FormattableString;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Reads participants from CSV: the input of <c>rmatch match</c>.
/// </summary>
/// <remarks>
/// <para>
/// The first row is a header. With <see cref="ColumnMapping.Default"/> the known columns, in any order, names
/// case-insensitive, are <c>id</c> and <c>role</c> (both required), <c>name</c>, <c>department</c>, <c>manager_id</c>,
/// <c>seniority</c>, <c>location</c>, <c>utc_offset</c>, <c>languages</c> (separated by <c>;</c>), <c>capacity</c>; then any
/// number of <c>skill:&lt;Area&gt;</c> (level 0–5) and <c>goal:&lt;Area&gt;</c> (weight 0–1) columns. Any other column is
/// an error unless <see cref="ColumnMapping.IgnoreOtherColumns"/> is set. A <see cref="ColumnMapping"/> reads an HR
/// export's own headers instead.
/// </para>
/// <para>
/// Cells are separated by <c>,</c>, <c>;</c> or tab, whichever the header line uses most. Each further row is one
/// participant. <c>role</c> is <c>mentor</c> or <c>mentee</c> (case-insensitive) or a value of
/// <see cref="ColumnMapping.RoleValues"/>, or comes from <see cref="ColumnMapping.RoleRules"/>. An empty cell means
/// "not given": the <see cref="Participant"/> default applies (level 0, capacity 1, no skill or goal in that area).
/// Numbers use the invariant culture with <c>.</c> as decimal point; in a file separated by <c>;</c> or tab a
/// decimal comma (<c>1,5</c>) is read too. Cells are trimmed and may be quoted; a UTF-8 byte-order mark and empty
/// lines at the end are ignored.
/// </para>
/// <para>
/// Every problem, including those <see cref="Participant"/> and <see cref="Cohort"/> validation find (ranges,
/// duplicate ids, cycles of manager ids), is reported as a <see cref="CsvFormatException"/> naming the line and
/// column at fault. <see cref="ParticipantFile.Validate(TextReader, string, ParticipantFileFormat, ColumnMapping?, ParticipantReadLimits?)"/> lists them all instead of stopping at the first.
/// </para>
/// </remarks>
public static partial class ParticipantCsv
{
    /// <summary>Reads participants in the library's own layout; the reader is left open.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <returns>The participants in file order; together they form a valid <see cref="Cohort"/>.</returns>
    /// <exception cref="CsvFormatException">The input does not fit the layout or a participant is not valid; the error names line and column.</exception>
    public static IReadOnlyList<Participant> Read(TextReader reader, string source) =>
        Read(reader, source, ColumnMapping.Default);

    /// <summary>Reads participants whose columns are described by <paramref name="mapping"/>; the reader is left open.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <param name="mapping">Which header holds which field.</param>
    /// <returns>The participants in file order; together they form a valid <see cref="Cohort"/>.</returns>
    /// <exception cref="CsvFormatException">The input does not fit the mapping or a participant is not valid; the error names line and column.</exception>
    /// <exception cref="MatchingInputException">The mapping itself is not valid.</exception>
    public static IReadOnlyList<Participant> Read(TextReader reader, string source, ColumnMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return Read(CsvText.Of(reader, source, ParticipantReadLimits.Default), source, mapping, ParticipantReadLimits.Default, ProblemSink.Throwing()).Participants;
    }

    /// <summary>The participants, and how many rows the role rules left out of the programme.</summary>
    /// <remarks>Rows are streamed: memory grows with the participants kept, not with the file's size.</remarks>
    internal static (IReadOnlyList<Participant> Participants, int LeftOutRows) Read(
        CsvText text, string source, ColumnMapping mapping, ParticipantReadLimits limits, ProblemSink sink)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mapping);
        mapping.ThrowIfInvalid();
        var separator = CsvInput.DetectSeparator(text.FirstLine);
        Header? header = null;
        var headerRead = false;
        var participants = new List<Participant>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var leftOut = 0;
        var rowsInRole = 0;

        CsvInput.ForEachRow(text, source, separator, (line, row) =>
        {
            if (!headerRead)
            {
                headerRead = true;
                header = Header.Read(row, source, line, mapping, limits, sink);
                return;
            }

            if (header is null)
            {
                return;
            }

            var participant = ReadParticipant(row, source, line, header, separator, sink, out var isLeftOut);
            leftOut += isLeftOut ? 1 : 0;
            if (!isLeftOut && ++rowsInRole > limits.MaxParticipants)
            {
                throw new CsvFormatException(
                    source,
                    line,
                    1,
                    InputText.Format(
                        "TooManyParticipants", ParticipantReadLimits.Allows(nameof(ParticipantReadLimits.MaxParticipants), limits.MaxParticipants)));
            }

            if (participant is null)
            {
                return;
            }

            if (!lines.TryAdd(participant.Id, line))
            {
                sink.Report(new CsvFormatException(
                    source, line, header.Id + 1, InputText.Format("CsvIdUsedOnLine", participant.Id, Invariant($"{lines[participant.Id]}"))));
                return;
            }

            participants.Add(participant);
        });

        if (!headerRead)
        {
            sink.Report(new CsvFormatException(
                source, 1, 1, InputText.Format("CsvEmpty", mapping.Id, mapping.Role)));
        }

        if (header is null)
        {
            return ([], 0);
        }

        if (sink.Collects)
        {
            foreach (var cycle in ManagerCycles.Find(participants))
            {
                sink.Report(new CsvFormatException(source, lines[cycle.ParticipantId], header.ColumnOf(cycle.Field), cycle.Message, cycle));
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
                var line = lines.TryGetValue(e.ParticipantId, out var l) ? l : 1;
                sink.Report(new CsvFormatException(source, line, header.ColumnOf(e.Field), e.Message, e));
            }
        }

        return (participants.AsReadOnly(), leftOut);
    }

    /// <summary>
    /// One participant, or null when the row has problems (all reported to <paramref name="sink"/>) or the role rules
    /// leave it out of the programme (<paramref name="leftOut"/>; its other cells are not read).
    /// </summary>
    private static Participant? ReadParticipant(
        SepReader.Row row, string source, int line, Header header, char separator, ProblemSink sink, out bool leftOut)
    {
        leftOut = false;
        if (row.ColCount != header.Count)
        {
            sink.Report(CsvInput.WrongCellCount(source, line, row.ColCount, header.Count, InputText.Format("OnePerHeaderColumn")));
            return null;
        }

        var cells = new RowCells(row, source, line, separator, sink);
        if (!cells.FitLimit(header.Mapped, header.MaxFieldLength))
        {
            return null;
        }

        // The role first: a row outside the programme needs no other cell, not even an id.
        var role = header.RoleRules.Count > 0 ? RoleByRule(ref cells, header, out leftOut) : RoleByValue(ref cells, header);
        if (leftOut)
        {
            return null;
        }

        var id = cells.Cell(header.Id);
        if (id.IsEmpty)
        {
            cells.Fail(header.Id, InputText.Format("CsvIdEmpty"));
        }

        int capacity = 1;
        if (header.Capacity is { } capacityColumn && cells.Cell(capacityColumn) is { IsEmpty: false } capacityText
            && !int.TryParse(capacityText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out capacity))
        {
            cells.Fail(capacityColumn, InputText.Format("CapacityNotWhole", capacityText.ToString()));
        }

        // Made on the first value: most rows of an export without skill columns need neither.
        Dictionary<string, double>? skills = null, goals = null;
        foreach (var (column, area, isSkill, what) in header.Areas)
        {
            if (cells.Number(column, what) is { } value)
            {
                Area(ref isSkill ? ref skills : ref goals)[area] = value;
            }
        }

        foreach (var (derived, column) in header.Derived)
        {
            if (Derive(ref cells, derived, column) is { } value)
            {
                Area(ref derived.IsGoal ? ref goals : ref skills)[derived.Area] = value;
            }
        }

        var seniority = cells.Number(header.Seniority, header.SeniorityText);
        var utcOffset = cells.Number(header.UtcOffset, header.UtcOffsetText);
        if (cells.Failed || role is not { } knownRole)
        {
            return null;
        }

        try
        {
            return new Participant(
                id.ToString(),
                knownRole,
                name: cells.Text(header.Name),
                department: cells.Text(header.Department),
                managerId: cells.Text(header.ManagerId),
                seniority: seniority ?? 0,
                location: cells.Text(header.Location),
                utcOffset: utcOffset,
                languages: cells.Text(header.Languages)?.Split(header.LanguageSeparator),
                capacity: capacity,
                skills: skills,
                goals: goals);
        }
        catch (ParticipantValidationException e)
        {
            sink.Report(new CsvFormatException(source, line, header.ColumnOf(e.Field), e.Message, e));
            return null;
        }
    }

    private static Dictionary<string, double> Area(ref Dictionary<string, double>? areas) =>
        areas ??= new Dictionary<string, double>(SkillAreas.NameComparer);

    private static ParticipantRole? RoleByValue(ref RowCells cells, Header header)
    {
        var text = cells.Cell(header.Role).ToString();
        if (header.RoleValues.TryGetValue(text, out var role))
        {
            return role;
        }

        var expected = header.RoleValues.Keys.Aggregate((a, b) => InputText.Format("Or", a, b));
        cells.Fail(header.Role, text.Length == 0 ? InputText.Format("RoleEmpty", expected) : InputText.Format("RoleInvalid", text, expected));
        return null;
    }

    /// <summary>The level a derive gives the row's cell; null when it gives none or the value is not listed (reported).</summary>
    private static double? Derive(ref RowCells cells, DerivedArea derived, int column)
    {
        var text = cells.Cell(column).ToString();
        if (derived.Values.TryGetValue(text, out var value))
        {
            return value;
        }

        if (derived.Default is not null || text.Length == 0)
        {
            return derived.Default;
        }

        var listed = string.Join(", ", derived.Values.Keys.Select(k => $"'{k}'"));
        cells.Fail(
            column,
            InputText.Format("DeriveValueNotListed", text, derived.Column, derived.Target, listed));
        return null;
    }

    /// <summary>
    /// The role the rules give; null when the row has a problem (reported), or when it matches no rule or an
    /// excluding one (<paramref name="leftOut"/>).
    /// </summary>
    private static ParticipantRole? RoleByRule(ref RowCells cells, Header header, out bool leftOut)
    {
        leftOut = false;
        // No list per row: rows are many, and most match one rule.
        bool mentor = false, mentee = false, excluded = false;
        foreach (var (rule, column, what) in header.RoleRules)
        {
            if (cells.Cell(column).IsEmpty)
            {
                cells.Fail(column, InputText.Format("RoleRuleCellEmpty", rule.Column));
                return null;
            }

            if (cells.Number(column, what) is not { } value)
            {
                return null;
            }

            if (rule.Matches(value))
            {
                excluded |= rule.Excludes;
                mentor |= !rule.Excludes && rule.Role == ParticipantRole.Mentor;
                mentee |= !rule.Excludes && rule.Role == ParticipantRole.Mentee;
            }
        }

        if (excluded || !(mentor || mentee))
        {
            leftOut = true;
            return null;
        }

        if (mentor != mentee)
        {
            return mentor ? ParticipantRole.Mentor : ParticipantRole.Mentee;
        }

        var matched = new List<RoleRule>();
        foreach (var (rule, column, _) in header.RoleRules)
        {
            if (cells.Number(column, string.Empty) is { } value && rule.Matches(value))
            {
                matched.Add(rule);
            }
        }

        var firstColumn = header.RoleRules[0].Column;
        var cell = cells.Cell(firstColumn).ToString();
        cells.Fail(firstColumn, InputText.Format("BothRoles", cell, string.Join("; ", matched)));
        return null;
    }

    /// <summary>The cells of one row, and the problems found in them so far.</summary>
    private ref struct RowCells(SepReader.Row row, string source, int line, char separator, ProblemSink sink)
    {
        private readonly SepReader.Row _row = row;

        public bool Failed { get; private set; }

        public readonly ReadOnlySpan<char> Cell(int column) => CsvInput.Cell(_row, column);

        public readonly string? Text(int? column) => column is { } c ? CsvInput.OptionalText(_row, c) : null;

        /// <summary>Whether every cell in <paramref name="columns"/> is at most <paramref name="max"/> characters; each longer one is reported.</summary>
        public bool FitLimit(int[] columns, int max)
        {
            foreach (var column in columns)
            {
                if (Cell(column).Length is var length && length > max)
                {
                    Fail(
                        column,
                        InputText.Format(
                            "CellTooLong", Invariant($"{length:N0}"), ParticipantReadLimits.Allows(nameof(ParticipantReadLimits.MaxFieldLength), max)));
                }
            }

            return !Failed;
        }

        public void Fail(int column, string problem)
        {
            Failed = true;
            sink.Report(new CsvFormatException(source, line, column + 1, problem));
        }

        /// <summary>The cell as a number; null when the cell is empty or (reported) not a number.</summary>
        public double? Number(int? column, string what)
        {
            if (column is not { } c || Cell(c) is not { IsEmpty: false } cell)
            {
                return null;
            }

            if (CsvInput.TryParseNumber(cell, out var value))
            {
                return value;
            }

            // A decimal comma is unambiguous once ',' is not the separator (European spreadsheets).
            if (separator != ',' && cell.Count(',') == 1 && !cell.Contains('.')
                && CsvInput.TryParseNumber(cell.ToString().Replace(',', '.'), out value))
            {
                return value;
            }

            Fail(c, CsvInput.NotANumber(what, cell));
            return null;
        }
    }

    /// <summary>Where each field is (0-based), and the skill, goal and role-rule columns.</summary>
    private sealed class Header
    {
        private const string RulePrefix = "rule:";

        // Keyed by our field name ("id", "skill:Technology"), not by the export's header text.
        private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(int Column, string Area, bool IsSkill, string What)> _areas = [];
        private readonly List<(RoleRule Rule, int Column, string What)> _roleRules = [];
        private readonly List<(DerivedArea Derived, int Column)> _derived = [];
        private readonly ColumnMapping _mapping;

        private Header(int count, ColumnMapping mapping, int maxFieldLength)
        {
            Count = count;
            _mapping = mapping;
            MaxFieldLength = maxFieldLength;
        }

        public int Count { get; }

        public int MaxFieldLength { get; }

        /// <summary>How a problem names the seniority and the UTC offset cells; looked up once per file, not per row.</summary>
        public string SeniorityText { get; } = InputText.Format("TheSeniority");

        public string UtcOffsetText { get; } = InputText.Format("TheUtcOffset");

        /// <summary>The columns rows are read from, so per-row work grows with these and not with the header's width.</summary>
        public int[] Mapped { get; private set; } = [];

        public int Id => _columns["id"];

        public int Role => _columns["role"];

        public int? Name => Find("name");

        public int? Department => Find("department");

        public int? ManagerId => Find("manager_id");

        public int? Seniority => Find("seniority");

        public int? Location => Find("location");

        public int? UtcOffset => Find("utc_offset");

        public int? Languages => Find("languages");

        public int? Capacity => Find("capacity");

        public string LanguageSeparator => _mapping.LanguageSeparator;

        public IReadOnlyDictionary<string, ParticipantRole> RoleValues => _mapping.RoleValues;

        public IReadOnlyList<(int Column, string Area, bool IsSkill, string What)> Areas => _areas;

        public List<(RoleRule Rule, int Column, string What)> RoleRules => _roleRules;

        public List<(DerivedArea Derived, int Column)> Derived => _derived;

        /// <summary>Reads the header row; null when it has problems (all reported, so rows are not read).</summary>
        public static Header? Read(SepReader.Row row, string source, int line, ColumnMapping mapping, ParticipantReadLimits limits, ProblemSink sink)
        {
            if (row.ColCount > limits.MaxColumns)
            {
                // Before any per-column work: a header of a million empty cells must not make a million problems.
                throw new CsvFormatException(
                    source,
                    line,
                    limits.MaxColumns + 1,
                    InputText.Format(
                        "HeaderTooWide", Invariant($"{row.ColCount:N0}"), ParticipantReadLimits.Allows(nameof(ParticipantReadLimits.MaxColumns), limits.MaxColumns)));
            }

            var header = new Header(row.ColCount, mapping, limits.MaxFieldLength);
            // One text for every unknown column of the header, built once.
            var expected = InputText.Format(
                "ExpectedColumns",
                string.Join(", ", mapping.Columns().Select(f => f.Header)),
                Placeholder(mapping.SkillPattern),
                Placeholder(mapping.GoalPattern));
            var problems = new List<CsvFormatException>();
            var missing = new List<CsvFormatException>();
            var fields = mapping.Columns().ToDictionary(c => c.Header.Trim(), c => c.Field, StringComparer.OrdinalIgnoreCase);
            // Role rules and derives name a field (standing for its header) or any header of the export.
            string KeyOf(string text)
            {
                var column = text.Trim();
                return mapping.HeaderOf(column) is not null ? column.ToLowerInvariant()
                    : fields.TryGetValue(column, out var field) ? field
                    : RulePrefix + column;
            }

            var ruleHeaders = mapping.RoleRules.Select(r => r.Column).Concat(mapping.DerivedAreas.Select(d => d.Column)).Select(KeyOf)
                .Where(k => k.StartsWith(RulePrefix, StringComparison.Ordinal))
                .Select(k => k[RulePrefix.Length..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var ruleFields = mapping.RoleRules.Select(r => KeyOf(r.Column)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var missingFields = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var names = new string[row.ColCount];
            for (var c = 0; c < row.ColCount; c++)
            {
                var name = names[c] = CsvInput.Cell(row, c).ToString();
                string key;
                if (fields.TryGetValue(name, out var field))
                {
                    key = field;
                }
                else if (TryArea(name, mapping.SkillPattern, out var area) || TryArea(name, mapping.GoalPattern, out area))
                {
                    var isSkill = TryArea(name, mapping.SkillPattern, out _);
                    if (area.Length == 0)
                    {
                        problems.Add(new CsvFormatException(
                            source, line, c + 1, InputText.Format("ColumnNoArea", name, Example(isSkill ? mapping.SkillPattern : mapping.GoalPattern))));
                        continue;
                    }

                    key = (isSkill ? "skill:" : "goal:") + area;
                    header._areas.Add((c, area, isSkill, InputText.Format(isSkill ? "TheSkillLevelIn" : "TheLearningGoalIn", area)));
                }
                else if (ruleHeaders.Contains(name))
                {
                    key = RulePrefix + name;
                }
                else if (mapping.IgnoreOtherColumns)
                {
                    continue;
                }
                else
                {
                    problems.Add(new CsvFormatException(
                        source,
                        line,
                        c + 1,
                        name.Length == 0 ? InputText.Format("ColumnWithoutName", expected) : InputText.Format("UnknownColumn", name, expected)));
                    continue;
                }

                if (!header._columns.TryAdd(key, c))
                {
                    problems.Add(new CsvFormatException(
                        source, line, c + 1, InputText.Format("ColumnTwice", name, Invariant($"{header._columns[key] + 1}"))));
                }
            }

            // Only when a column is missing: the list is as long as the header.
            string Found() => string.Join(", ", names.Select(n => $"'{n}'"));
            foreach (var (field, text) in mapping.Columns())
            {
                // Columns kept at their default name stay optional, as before mappings existed.
                var required = field == "id" || (field == "role" && mapping.RoleRules.Count == 0)
                    || (field != "role" && !string.Equals(text.Trim(), ColumnMapping.Default.HeaderOf(field), StringComparison.OrdinalIgnoreCase));
                if (required && !ruleFields.Contains(field) && !header._columns.ContainsKey(field))
                {
                    missingFields.Add(field);
                    missing.Add(new CsvFormatException(
                        source,
                        line,
                        1,
                        InputText.Format(
                            "HeaderMissingColumn",
                            text.Trim(),
                            string.Equals(text.Trim(), field, StringComparison.OrdinalIgnoreCase) ? string.Empty : InputText.Format("ForField", field),
                            Found())));
                }
            }

            foreach (var rule in mapping.RoleRules)
            {
                var key = KeyOf(rule.Column);
                if (header._columns.TryGetValue(key, out var column))
                {
                    header._roleRules.Add((rule, column, InputText.Format("TheRoleRuleValue", rule.Column)));
                }
                else if (header._roleRules.Count == 0 || !missing.Any(p => p.Problem.Contains($"'{rule}'", StringComparison.Ordinal)))
                {
                    var text = mapping.HeaderOf(rule.Column) ?? rule.Column.Trim();
                    missing.Add(new CsvFormatException(
                        source, line, 1, InputText.Format("HeaderMissingRuleColumn", text, rule, Found())));
                }
            }

            foreach (var derived in mapping.DerivedAreas)
            {
                var key = KeyOf(derived.Column);
                if (header._columns.TryGetValue(key, out var column))
                {
                    header._derived.Add((derived, column));
                }
                else if (!missingFields.Contains(key))
                {
                    var text = mapping.HeaderOf(derived.Column) ?? derived.Column.Trim();
                    missing.Add(new CsvFormatException(
                        source, line, 1, InputText.Format("HeaderMissingDeriveColumn", text, derived.Target, Found())));
                }

                if (header._columns.TryGetValue(derived.Target, out var own))
                {
                    problems.Add(new CsvFormatException(
                        source, line, own + 1, InputText.Format("DerivedAndGiven", names[own], derived.Target, derived.Column)));
                }
            }

            header.Mapped = [.. header._columns.Values.Order()];

            // A missing column explains more than an unknown one (often the same header, misspelt): report it first.
            problems.InsertRange(0, missing);
            foreach (var problem in problems)
            {
                sink.Report(problem);
            }

            return problems.Count == 0 ? header : null;
        }

        /// <summary>The 1-based column of a <see cref="ParticipantValidationException.Field"/>; the id column when unknown.</summary>
        public int ColumnOf(string field) =>
            (_columns.TryGetValue(field, out var c) ? c : Id) + 1;

        private int? Find(string name) => _columns.TryGetValue(name, out var c) ? c : null;

        private static bool TryArea(string name, string pattern, out string area)
        {
            area = string.Empty;
            var at = pattern.IndexOf(ColumnMapping.AreaPlaceholder, StringComparison.OrdinalIgnoreCase);
            var prefix = pattern[..at].TrimStart();
            var suffix = pattern[(at + ColumnMapping.AreaPlaceholder.Length)..].TrimEnd();
            if (name.Length < prefix.Length + suffix.Length
                || !name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || !name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            area = name[prefix.Length..^suffix.Length].Trim();
            return true;
        }

        private static string Placeholder(string pattern) =>
            pattern.Replace(ColumnMapping.AreaPlaceholder, "<Area>", StringComparison.OrdinalIgnoreCase);

        private static string Example(string pattern) =>
            pattern.Replace(ColumnMapping.AreaPlaceholder, "Technology", StringComparison.OrdinalIgnoreCase);
    }
}
