using ReverseMentoring.Matching.Cli;
using ReverseMentoring.Matching.Tests.Cli;

namespace ReverseMentoring.Matching.Tests.Fuzzing;

/// <summary>The valid inputs the fuzzer breaks: the sample files, a JSON cohort and two configs that use every section.</summary>
internal static class FuzzSeeds
{
    public static string PeopleCsv { get; } = File.ReadAllText(RepositoryFiles.PathOf("samples/data/people.csv"));

    public static string OutcomesCsv { get; } = File.ReadAllText(RepositoryFiles.PathOf("samples/data/outcomes.csv"));

    public static string ScoresCsv { get; } = File.ReadAllText(RepositoryFiles.PathOf("samples/data/scores.csv"));

    public static string PeopleJson =>
        """
        [
          { "id": "ana", "role": "mentor", "name": "Ana Lima", "department": "Engineering", "managerId": "cto",
            "seniority": 1, "location": "Lisbon", "utcOffset": 0, "languages": ["pt", "en"], "capacity": 2,
            "skills": { "Technology": 5, "SocialMedia": 3 }, "goals": { "Leadership": 0.8 } },
          { "id": "bo", "role": "mentor", "department": "Sales", "seniority": 2, "skills": { "Trends": 4 } },
          { "id": "chen", "role": "mentor", "department": "Finance", "seniority": 1, "utcOffset": 8, "skills": { "Technology": 3 } },
          { "id": "cto", "role": "mentee", "department": "Engineering", "seniority": 6, "goals": { "Technology": 1, "Trends": 0.5 } },
          { "id": "cfo", "role": "mentee", "department": "Finance", "seniority": 6, "languages": ["en"], "goals": { "SocialMedia": 1 } },
          { "id": "ceo", "role": "mentee", "seniority": 7, "skills": { "Leadership": 5 }, "goals": { "Technology": 0.7 } }
        ]
        """;

    /// <summary>The starter config <c>rmatch init</c> writes: every option, with comments.</summary>
    public static string StarterConfig => Matching.Cli.StarterConfig.For("run.json");

    /// <summary>Pinned pairs, capacities, side constraints (CP-SAT, a small deterministic limit) and rules for people.csv.</summary>
    public static string PinnedConfig =>
        """
        { "objective": "MaxMin", "minimumScore": 0.1,
          "pinnedPairs": [{ "mentor": "ana-silva", "mentee": "exec-cto" }, { "mentor": "ben-osei", "mentee": "exec-cmo" }],
          "capacities": { "mentor": 2 },
          "rules": { "languageOverlap": true, "forbiddenPairs": [{ "mentor": "hiro-sato", "mentee": "exec-ceo" }] },
          "sideConstraints": { "maxSameDepartmentPairs": 2, "minCrossDepartmentShare": 0.5, "balanceMentorLoad": true,
                               "deterministicTimeLimit": 0.5 } }
        """;
}
