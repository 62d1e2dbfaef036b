using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Generating;

/// <summary>
/// Generates realistic, made-up reverse-mentoring cohorts for demos, tests and benchmarks.
/// The same options always give the same participants, on every run and machine.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Executives</b> (mentees, ids <c>exec-00000</c>, ...) form the top of a manager tree: <c>exec-00000</c> is the
/// CEO in the Executive Office; every other executive reports to an earlier executive. Seniority falls with depth:
/// 8 for the CEO, 7 for the CEO's direct reports, then 6, 5 and 4 for everyone deeper. Executives are strong in
/// <c>Leadership</c> and <c>Strategy</c>, weaker in <see cref="SkillAreas.Technology"/>, <see cref="SkillAreas.SocialMedia"/>
/// and <see cref="SkillAreas.Trends"/>, and want to learn those three the more the weaker they are.</item>
/// <item><b>Juniors</b> (mentors, ids <c>mentor-00000</c>, ...) report into the tree: most to an executive, some to a junior
/// team lead, who reports to an executive. Seniority is 1 or 2, 3 for team leads, so every junior is more junior than
/// every executive. Juniors are strong in Technology, SocialMedia and Trends, weak in Leadership and Strategy, and
/// want to learn those two.</item>
/// <item>Managers always come earlier in the list than their reports, so there is no cycle, and a
/// <see cref="Cohort"/> of the result always validates. The reporting-line rule excludes each junior's chain of managers.</item>
/// <item>Eight departments (people mostly work in their manager's department) and ten locations, each with its UTC
/// offset and local language; everyone speaks English, most also the local language, some one more.</item>
/// <item>Everyone has a capacity of 1. Skill levels have one decimal, goal weights two.</item>
/// </list>
/// <para>
/// Determinism rests on <see cref="Random(int)"/>, whose seeded sequence .NET keeps unchanged across versions for
/// compatibility. The generated people are fiction; the pseudo-random stream is not meant for security.
/// </para>
/// </remarks>
public static class SyntheticCohort
{
    /// <summary>Generates a cohort: executives first (in id order), then juniors (in id order).</summary>
    /// <param name="options">Sizes and seed; default <c>new SyntheticCohortOptions()</c> (20 per side, <see cref="SyntheticCohortOptions.DefaultSeed"/>).</param>
    /// <returns>The participants; <c>new Cohort(result)</c> always succeeds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative or above <see cref="SyntheticCohortOptions.MaxPerSide"/>.</exception>
    public static IReadOnlyList<Participant> Generate(SyntheticCohortOptions? options = null)
    {
        options ??= new SyntheticCohortOptions();
        CheckSize(options.Mentors, nameof(options.Mentors));
        CheckSize(options.Mentees, nameof(options.Mentees));
        return new CohortGenerator(options.Seed).Generate(options.Mentees, options.Mentors);
    }

    private static void CheckSize(int value, string name)
    {
        if (value is < 0 or > SyntheticCohortOptions.MaxPerSide)
        {
            throw new ArgumentOutOfRangeException(
                name, value, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} must be between 0 and {SyntheticCohortOptions.MaxPerSide:N0}."));
        }
    }
}
