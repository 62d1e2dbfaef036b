using System.Text;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

/// <summary>
/// Memory of the readers, measured as bytes allocated on the test's thread (the readers do not start threads):
/// rows are streamed, and a header's width costs once, not per cell problem.
/// </summary>
public class ParticipantReadSizeTests
{
    [Fact]
    public void Rows_are_streamed_so_reading_allocates_less_than_one_copy_of_the_file()
    {
        // Every row is in neither role (seniority 3 matches no rule), so nothing is kept: what is allocated is the reader's own.
        var text = new StringBuilder("id,name,seniority\n");
        for (var i = 0; i < 50_000; i++)
        {
            text.Append("person-").Append(i).Append(",Person number ").Append(i).Append(",3\n");
        }

        var mapping = ColumnMapping.Default with
        {
            RoleRules = [RoleRule.Parse("mentor:seniority<=1"), RoleRule.Parse("mentee:seniority>=5")],
        };
        var csv = text.ToString();
        using var file = Reader(csv);

        var (read, allocated) = Allocated(() => ParticipantFile.ReadDetailed(file, "people.csv", ParticipantFileFormat.Csv, mapping));

        Assert.Equal(50_000, read.LeftOutRows);
        // One UTF-16 copy of the text is csv.Length * 2 bytes; a streaming reader needs a buffer, not a copy, and
        // nothing per row that it does not keep.
        Assert.True(allocated < csv.Length, $"reading {csv.Length:N0} characters allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_header_of_a_million_empty_columns_fails_fast_at_the_column_limit()
    {
        var csv = "id,role" + new string(',', 1_000_000) + "\nana,mentor" + new string(',', 1_000_000) + "\n";

        var (problems, allocated) = Allocated(() => ParticipantFile.Validate(new StringReader(csv), "wide.csv", ParticipantFileFormat.Csv));

        var problem = Assert.Single(problems);
        Assert.Equal(
            ("wide.csv", 1, 10_001, "The header has 1,000,002 columns, more than the most ParticipantReadLimits.MaxColumns allows (10,000)."),
            (problem.Source, problem.Line, problem.Column, problem.Problem));
        // The parser's buffers for the header line (chars, cell ends) are tens of bytes a character; a message per
        // empty column was thousands of bytes each.
        Assert.True(allocated < 64L * csv.Length / 2, $"allocated {allocated:N0} bytes for a {csv.Length:N0}-character file");
    }

    [Fact]
    public void A_wide_export_reads_with_work_per_row_that_does_not_grow_with_ignored_columns()
    {
        static string Export(int ignored, int rows)
        {
            var text = new StringBuilder("id,role");
            for (var c = 0; c < ignored; c++)
            {
                text.Append(",extra ").Append(c);
            }

            text.Append('\n');
            for (var r = 0; r < rows; r++)
            {
                text.Append('p').Append(r).Append(r % 2 == 0 ? ",mentor" : ",mentee").Append(',', ignored).Append('\n');
            }

            return text.ToString();
        }

        var mapping = ColumnMapping.Default with { IgnoreOtherColumns = true };
        var narrow = Export(0, 2_000);
        var wide = Export(5_000, 2_000);
        // Read once first so one-time costs (type loading, static tables) are in neither measurement.
        using (var warmUp = Reader(narrow))
        {
            _ = ParticipantFile.Read(warmUp, "narrow.csv", ParticipantFileFormat.Csv, mapping);
        }

        using var narrowFile = Reader(narrow);
        using var wideFile = Reader(wide);
        var (people, narrowBytes) = Allocated(() => ParticipantFile.Read(narrowFile, "narrow.csv", ParticipantFileFormat.Csv, mapping));
        var (widePeople, wideBytes) = Allocated(() => ParticipantFile.Read(wideFile, "wide.csv", ParticipantFileFormat.Csv, mapping));

        Assert.Equal(people.Select(p => p.Id), widePeople.Select(p => p.Id));
        // The wide file is 10,000 characters a row longer; the difference may be the header and the parser's buffers
        // for one row (a few bytes per column), never per row and column.
        var headerAndBuffers = 64L * (wide.IndexOf('\n', StringComparison.Ordinal) + 1);
        Assert.True(
            wideBytes - narrowBytes < headerAndBuffers,
            $"narrow {narrowBytes:N0} bytes, wide {wideBytes:N0} bytes; allowed difference {headerAndBuffers:N0}");
    }

    /// <summary>A file as the CLI opens one: bytes decoded by a <see cref="StreamReader"/>, made before the measurement.</summary>
    private static StreamReader Reader(string text) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), Encoding.UTF8);

    private static (T Result, long Bytes) Allocated<T>(Func<T> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = read();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
