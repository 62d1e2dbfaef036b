using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

public class FileFormatExceptionTests
{
    public static TheoryData<FileFormatException> Located() =>
    [
        new CsvFormatException("people.csv", 3, 4, "Bad cell."),
        new JsonFormatException("people.json", 3, 4, "Bad cell."),
    ];

    [Theory]
    [MemberData(nameof(Located))]
    public void Both_formats_share_one_base_with_the_place_and_the_problem(FileFormatException e)
    {
        Assert.IsAssignableFrom<MatchingInputException>(e);
        Assert.Equal((3, 4, "Bad cell."), (e.Line, e.Column, e.Problem));
        Assert.Equal($"{e.FileName}:3:4: Bad cell.", e.Message);
        Assert.Equal(new FileProblem(e.FileName, 3, 4, "Bad cell."), e.ToProblem());
    }

    [Theory]
    [MemberData(nameof(Located))]
    public void The_file_name_does_not_take_over_Exception_Source(FileFormatException e)
    {
        // Exception.Source keeps its framework meaning: the application or object that threw (null until thrown).
        Assert.Null(e.Source);
        e.Source = "somewhere";
        Assert.Equal("somewhere", e.Source);
        Assert.NotEqual("somewhere", e.FileName);
    }

    [Fact]
    public void A_thrown_format_exception_reports_the_library_as_its_Source()
    {
        var e = Assert.Throws<CsvFormatException>(() => ScoreMatrixCsv.Read(new StringReader(",ana\nexec-1,x\n"), "scores.csv"));

        Assert.Equal("scores.csv", e.FileName);
        Assert.Equal(typeof(ScoreMatrix).Assembly.GetName().Name, e.Source);
    }

    [Fact]
    public void A_message_alone_leaves_the_place_unknown()
    {
        var e = new JsonFormatException("Broken.");

        Assert.Equal((string.Empty, 0, 0, "Broken."), (e.FileName, e.Line, e.Column, e.Problem));
    }
}
