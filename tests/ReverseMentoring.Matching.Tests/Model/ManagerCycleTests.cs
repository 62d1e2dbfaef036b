using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Model;

/// <summary>A cycle is reported at a person in it, the same one whether the cohort is built or the file validated.</summary>
public sealed class ManagerCycleTests
{
    // a reports to b, b and c report to each other: a leads into the cycle but is not in it.
    private const string File = "id,role,manager_id,seniority\na,mentor,b,1\nb,mentee,c,5\nc,mentee,b,5\n";

    [Fact]
    public void The_cohort_names_a_member_of_the_cycle_not_someone_who_leads_into_it()
    {
        Participant[] people =
        [
            new("a", ParticipantRole.Mentor, managerId: "b"),
            new("b", ParticipantRole.Mentee, managerId: "c"),
            new("c", ParticipantRole.Mentee, managerId: "b"),
        ];
        var error = Assert.Throws<ParticipantValidationException>(() => new Cohort(people));

        Assert.Equal("b", error.ParticipantId);
        Assert.Equal("manager_id", error.Field);
        Assert.Contains("b -> c -> b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_and_validating_the_file_report_the_cycle_at_the_same_place()
    {
        var read = Assert.Throws<CsvFormatException>(() => ParticipantCsv.Read(new StringReader(File), "people.csv"));
        var problem = Assert.Single(ParticipantFile.Validate(new StringReader(File), "people.csv", ParticipantFileFormat.Csv));

        Assert.Equal((3, 3), (read.Line, read.Column));
        Assert.Equal((read.Line, read.Column), (problem.Line, problem.Column));
    }
}
