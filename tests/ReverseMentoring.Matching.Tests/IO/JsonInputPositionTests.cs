using System.Text;
using ReverseMentoring.Matching.IO;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

/// <summary>Byte offsets to line and character: right at every offset, and linear work however long a line is.</summary>
public class JsonInputPositionTests
{
    private static JsonInput Input(string text, ProblemSink? sink = null) =>
        JsonInput.Read(new StringReader(text), "people.json", ParticipantJsonContext.Default.ListParticipantDto, sink ?? ProblemSink.Throwing());

    [Fact]
    public void Locates_every_character_of_a_long_line_and_the_lines_around_it()
    {
        // Multi-byte characters (2, 3 and 4 bytes in UTF-8; the 4-byte one is 2 UTF-16 chars) all along a line of ~40 KB.
        var words = Enumerable.Range(0, 2000).Select(i => $"\"w{i}é€😀\"");
        var text = "[\n\"first\",\n" + string.Join(", ", words) + ",\n\"äfter\"\r\n]\n";
        var input = Input(text);

        var offset = 0;
        var (line, column) = (1, 1);
        foreach (var rune in text.EnumerateRunes())
        {
            Assert.Equal((line, column), input.Locate(offset));
            offset += rune.Utf8SequenceLength;
            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + rune.Utf16SequenceLength);
        }

        Assert.Equal(Encoding.UTF8.GetByteCount(text), offset);
        Assert.Equal((line, column), input.Locate(offset));
    }

    [Theory]
    [InlineData(256)]
    [InlineData(1280)]
    public void A_problem_in_a_file_whose_length_is_a_multiple_of_256_bytes_is_located(int length)
    {
        // Found by the fuzzer: the last position checkpoint fell on the end of the text and read past it.
        var start = "{ \"unknown\": 1";
        var text = start + new string(' ', length - start.Length - 1) + "}";

        var error = Assert.Throws<JsonFormatException>(() => ReverseMentoring.Matching.Configuration.MatchingConfig.Load(new StringReader(text), "run.json"));

        Assert.Equal(length, Encoding.UTF8.GetByteCount(text));
        Assert.Equal((1, 3), (error.Line, error.Column));
        Assert.Equal((1, length + 1), Input("[" + new string(' ', length - 2) + "]").Locate(length));
    }

    [Fact]
    public void Locates_offsets_asked_in_any_order()
    {
        var text = "[" + string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"€{i}\"")) + "]";
        var input = Input(text);
        var starts = new List<(int Byte, int Column)>();
        for (int i = 0, bytes = 0, chars = 0; i < text.Length; i++)
        {
            if (text[i] == '"' && (i == 0 || text[i - 1] != '€'))
            {
                starts.Add((bytes, chars + 1));
            }

            bytes += Encoding.UTF8.GetByteCount(text.AsSpan(i, 1));
            chars++;
        }

        var shuffled = starts.OrderBy(s => (s.Byte * 7919) % 10007).ToList();
        foreach (var (b, c) in shuffled)
        {
            Assert.Equal((1, c), input.Locate(b));
        }
    }

    [Fact]
    public void Many_problems_on_one_line_cost_linear_work()
    {
        // 20,000 unknown properties on one line of ~300 KB: each problem's column used to be counted from the start
        // of the line (about 3 GB decoded in all); now each costs at most a few hundred bytes.
        const int Count = 20_000;
        var text = "[{\"id\":\"a\",\"role\":\"mentor\"," + string.Join(",", Enumerable.Range(0, Count).Select(i => $"\"x{i}\":1")) + "}]";
        var sink = ProblemSink.Collecting();

        var input = Input(text, sink);

        Assert.Equal(Count, sink.Problems.Count);
        Assert.True(
            input.PositionBytesScanned <= input.Utf8.Length + (Count * 1024L),
            $"{input.PositionBytesScanned} bytes decoded for {Count} positions on a line of {input.Utf8.Length} bytes.");
        var last = sink.Problems[^1];
        Assert.Equal((1, text.IndexOf($"\"x{Count - 1}\"", StringComparison.Ordinal) + 1), (last.Line, last.Column));
    }

    [Fact]
    public void A_one_line_file_with_200000_unknown_properties_is_checked()
    {
        const int Count = 200_000;
        var text = "[{\"id\":\"a\",\"role\":\"mentor\"," + string.Join(",", Enumerable.Range(0, Count).Select(i => $"\"x{i}\":1")) + "}]";

        var problems = ParticipantFile.Validate(new StringReader(text), "people.json", ParticipantFileFormat.Json);

        Assert.Equal(Count, problems.Count(p => p.Problem.StartsWith("Unknown property", StringComparison.Ordinal)));
        var last = problems.Last(p => p.Problem.StartsWith("Unknown property", StringComparison.Ordinal));
        Assert.Equal((1, text.IndexOf($"\"x{Count - 1}\"", StringComparison.Ordinal) + 1), (last.Line, last.Column));
    }
}
