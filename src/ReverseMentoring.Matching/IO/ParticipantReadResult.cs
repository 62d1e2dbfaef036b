using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// What <see cref="ParticipantFile.ReadDetailed(TextReader, string, ParticipantFileFormat, ColumnMapping?, ParticipantReadLimits?)"/> found in a participant file: the participants, how many rows the
/// role rules left out of the programme, and warnings about data that reads but will pair poorly.
/// </summary>
public sealed class ParticipantReadResult
{
    internal ParticipantReadResult(IReadOnlyList<Participant> participants, int leftOutRows, IReadOnlyList<string> warnings)
    {
        Participants = participants;
        LeftOutRows = leftOutRows;
        Warnings = warnings;
    }

    /// <summary>The participants in file order; together they form a valid <see cref="Cohort"/>.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Rows in neither role (they match no role rule, or an excluding one), skipped without error.</summary>
    public int LeftOutRows { get; }

    /// <summary>
    /// Sentences about the data that are not errors, for example that no one has a skill level or learning goal, so
    /// every score of the default scorer is network reach alone. Empty when there is nothing to say.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }
}
