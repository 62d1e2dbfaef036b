namespace ReverseMentoring.Matching.IO;

/// <summary>The formats a participant file can have.</summary>
public enum ParticipantFileFormat
{
    /// <summary>Delimited text with a header row, read by <see cref="ParticipantCsv"/> (with a <see cref="ColumnMapping"/>).</summary>
    Csv,

    /// <summary>An array of participant objects, read by <see cref="ParticipantJson"/>.</summary>
    Json,
}
