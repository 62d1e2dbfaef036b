using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Reporting;

/// <summary>
/// How many pairs join each mentor department with each mentee department: rows are the mentors' departments, columns
/// the mentees'. Departments compare case-insensitively, as network reach does; an unknown department is
/// <see cref="Unknown"/>.
/// </summary>
internal sealed class DepartmentMix
{
    /// <summary>The label used for participants without a department.</summary>
    public const string Unknown = "(no department)";

    private readonly int[,] _counts;

    private DepartmentMix(IReadOnlyList<string> mentorDepartments, IReadOnlyList<string> menteeDepartments, int[,] counts)
    {
        MentorDepartments = mentorDepartments;
        MenteeDepartments = menteeDepartments;
        _counts = counts;
        var cells = counts.Cast<int>().ToArray();
        Max = cells.Length > 0 ? cells.Max() : 0;
        SameDepartmentPairs = Enumerable.Range(0, mentorDepartments.Count)
            .SelectMany(r => Enumerable.Range(0, menteeDepartments.Count).Select(c => (r, c)))
            .Where(x => IsSameDepartment(x.r, x.c))
            .Sum(x => counts[x.r, x.c]);
    }

    /// <summary>The rows: every mentor department of the cohort, sorted by name, <see cref="Unknown"/> last.</summary>
    public IReadOnlyList<string> MentorDepartments { get; }

    /// <summary>The columns: every mentee department of the cohort, sorted by name, <see cref="Unknown"/> last.</summary>
    public IReadOnlyList<string> MenteeDepartments { get; }

    /// <summary>The largest cell.</summary>
    public int Max { get; }

    /// <summary>Pairs whose mentor and mentee share a (known) department.</summary>
    public int SameDepartmentPairs { get; }

    /// <summary>The number of pairs with a mentor from row <paramref name="mentorRow"/> and a mentee from column <paramref name="menteeColumn"/>.</summary>
    public int this[int mentorRow, int menteeColumn] => _counts[mentorRow, menteeColumn];

    /// <summary>The number of pairs between two departments by name (case-insensitive); 0 for a department not in the mix.</summary>
    public int Count(string mentorDepartment, string menteeDepartment)
    {
        var row = IndexOf(MentorDepartments, mentorDepartment);
        var column = IndexOf(MenteeDepartments, menteeDepartment);
        return row >= 0 && column >= 0 ? _counts[row, column] : 0;
    }

    /// <summary>Whether a cell joins a department with itself.</summary>
    public bool IsSameDepartment(int mentorRow, int menteeColumn) =>
        MentorDepartments[mentorRow] != Unknown
        && Labels.Same(MentorDepartments[mentorRow], MenteeDepartments[menteeColumn]);

    internal static DepartmentMix Compute(Cohort cohort, Pairing pairing)
    {
        var rows = Departments(cohort.Mentors);
        var columns = Departments(cohort.Mentees);
        var counts = new int[rows.Length, columns.Length];
        foreach (var pair in pairing.Pairs)
        {
            var mentor = PairingReport.Person(cohort, pair.MentorId);
            var mentee = PairingReport.Person(cohort, pair.MenteeId);
            counts[IndexOf(rows, Label(mentor)), IndexOf(columns, Label(mentee))]++;
        }

        return new DepartmentMix(rows, columns, counts);
    }

    private static string Label(Participant person) => person.Department ?? Unknown;

    // The first spelling met (people sorted by id) names a department, so the labels do not depend on input order.
    private static string[] Departments(IEnumerable<Participant> people) =>
        [.. people.Select(Label).Distinct(Labels.Comparer)
            .OrderBy(d => d == Unknown ? 1 : 0)
            .ThenBy(d => d, Labels.Comparer)
            .ThenBy(d => d, StringComparer.Ordinal)];

    private static int IndexOf(IReadOnlyList<string> departments, string name)
    {
        for (var k = 0; k < departments.Count; k++)
        {
            if (Labels.Comparer.Equals(departments[k], name))
            {
                return k;
            }
        }

        return -1;
    }
}
