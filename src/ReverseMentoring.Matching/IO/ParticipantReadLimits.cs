using System.Globalization;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// How large a participant file may be before a reader stops with a clear error instead of running out of memory:
/// a service reading files from clients, or a CLI fed the wrong export, fails fast at the place at fault.
/// </summary>
/// <remarks>
/// Each limit is at least 1. A file over a limit is a <see cref="CsvFormatException"/> or
/// <see cref="JsonFormatException"/> naming the line and column where the limit was crossed and the limit's name.
/// </remarks>
public sealed record ParticipantReadLimits
{
    private readonly int _maxParticipants = 200_000;
    private readonly int _maxColumns = 10_000;
    private readonly int _maxLineLength = 1_048_576;
    private readonly int _maxFieldLength = 4_096;

    /// <summary>The defaults below.</summary>
    public static ParticipantReadLimits Default { get; } = new();

    /// <summary>
    /// The most participants (rows in a role, or JSON array elements) one file may hold. Default 200,000: two sides of
    /// 100,000, the largest cohort the engine is designed for. Rows the role rules leave out do not count.
    /// </summary>
    public int MaxParticipants
    {
        get => _maxParticipants;
        init => _maxParticipants = AtLeastOne(value);
    }

    /// <summary>The most columns a CSV header may have. Default 10,000, far more than any HR export carries.</summary>
    public int MaxColumns
    {
        get => _maxColumns;
        init => _maxColumns = AtLeastOne(value);
    }

    /// <summary>
    /// The most characters on one line of a CSV file, checked before the line is split into cells. Default
    /// 1,048,576 (1 Mi), so a broken export (a binary file, a missing line break) is refused before it is buffered.
    /// </summary>
    public int MaxLineLength
    {
        get => _maxLineLength;
        init => _maxLineLength = AtLeastOne(value);
    }

    /// <summary>
    /// The most characters in one value the reader keeps: a CSV cell of a mapped column (columns that map to no
    /// field are not read), a JSON string or property name. Default 4,096.
    /// </summary>
    public int MaxFieldLength
    {
        get => _maxFieldLength;
        init => _maxFieldLength = AtLeastOne(value);
    }

    /// <summary>"the most ParticipantReadLimits.MaxParticipants allows (200,000)", the tail of every limit message.</summary>
    internal static string Allows(string limit, int value) =>
        InputText.Format("Allows", $"{nameof(ParticipantReadLimits)}.{limit}", value.ToString("N0", CultureInfo.InvariantCulture));

    private static int AtLeastOne(int value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.");
}
