namespace ReverseMentoring.Matching.Cli;

/// <summary>What <c>rmatch init</c> writes: every option at its default, each explained. Loads back as <c>MatchingConfig.Default</c>.</summary>
internal static class StarterConfig
{
    private const string Body = """
        // JSON with comments and trailing commas. Every value below is the default; delete what you do not change.
        // Property names are case-sensitive; a misspelt one is an error. Schema: schemas/rmatch-config.schema.json
        {
          // How a pair is scored: a weighted sum of three components, each 0..1. Weights are normalised to sum
          // to 1, so only their ratios matter; each must be 0 or more and at least one above 0.
          "weights": {
            "skillGap": 0.6,      // what the junior can teach on the executive's learning goals
            "reciprocal": 0.25,   // what the executive gives back on the junior's own goals
            "networkReach": 0.15  // 0.5 for another department + 0.5 for another location
          },

          // Hard constraints: a pair breaking any of these is never made.
          "rules": {
            "reportingLine": true,       // nobody is paired within their own management chain (manager_id)
            "seniority": true,           // the mentor's seniority must be below the mentee's
            "languageOverlap": false,    // when both list languages, they must share one
            "timeZoneWindowHours": null, // e.g. 3: at most 3 hours between UTC offsets; null = no limit
            "sameDepartment": false,     // true: never pair two people of the same department
            "forbiddenPairs": [],        // e.g. [{ "mentor": "ana", "mentee": "exec-cfo" }]
            "historyPairs": []           // pairs of earlier cohorts, never repeated; same shape as forbiddenPairs
            // "historyFile": "past-pairs.csv"  // or a CSV with columns mentor,mentee (relative to this file)
          },

          "objective": "MaxTotal",       // MaxTotal: highest total score; MaxMin: best worst pair first, then total
          "priority": "CoverageFirst",   // CoverageFirst: pair everyone who can be; QualityFirst: only pairs adding value
          "minimumScore": null,          // e.g. 0.2: pairs below it are never made (people stay unmatched, with that reason)
          "pinnedPairs": [],             // pairs that must be made, e.g. [{ "mentor": "ana", "mentee": "exec-cfo" }]

          // How pairs are chosen (default automatic); also: assignment, flow, cp-sat, stable (no pair that would both
          // rather be together; proposers Mentees or Mentors get their best stable partners). --solver overrides it.
          // "solver": { "name": "stable", "proposers": "Mentees" },
          // stable only: "priceOfStability": true also solves optimally to report what stability costs (a second solve).

          // Partners per person for a whole side, overriding the file's capacity column (null: each person's own).
          "capacities": {
            "mentor": null,              // e.g. 3: every junior mentors a circle of up to 3 executives
            "mentee": null               // e.g. 2: every executive gets up to 2 mentors
          },

          // Department quotas and load balance, solved with OR-Tools CP-SAT (all off by default).
          "sideConstraints": {
            "maxSameDepartmentPairs": null,           // e.g. 0: no pair inside one department
            "minCrossDepartmentShare": null,          // e.g. 0.8: at least 80% of pairs across departments
            "balanceMentorLoad": false,               // true: spread mentees evenly over mentors
            "maxMenteesPerDepartmentPerMentor": null, // e.g. 1: a mentor's mentees come from different departments
            "deterministicTimeLimit": 10,             // CP-SAT work per solve (deterministic s): same result on any machine
            "timeLimitSeconds": 60                    // wall-clock safety net per CP-SAT solve
          },

          // How the participant CSV's headers map to our fields (header texts compare case-insensitively).
          // Map an HR export here, or on the command line: --column id="Employee ID".
          "columns": {
            "id": "id",                  // required
            "name": "name",
            "role": "role",              // required unless roleRules are given
            "department": "department",
            "managerId": "manager_id",
            "seniority": "seniority",
            "location": "location",
            "utcOffset": "utc_offset",
            "languages": "languages",
            "capacity": "capacity",
            "skill": "skill:{area}",     // skill-level columns (0-5), e.g. "Skill - {area}" reads "Skill - Technology"
            "goal": "goal:{area}",       // learning-goal columns (0-1), e.g. "{area} goal"
            "languageSeparator": ";",
            // Role cell values and the role each stands for, e.g. { "Junior": "mentor", "Executive": "mentee" }.
            "roleValues": { "mentor": "mentor", "mentee": "mentee" },
            // Or derive the role from a number (bounds inclusive; on the command line: --role-rule 'mentee:seniority>=4'), e.g.
            // [{ "column": "seniority", "atLeast": 4, "role": "mentee" }, { "column": "seniority", "atMost": 2, "role": "mentor" }]
            // Rows matching no rule, or a rule with "exclude": true instead of a role, are left out and counted.
            "roleRules": [],
            "ignoreOtherColumns": false, // true: skip export columns that map to no field (email, hire date, ...)
            // Skill levels (0-5) and learning goals (0-1) read off other columns, for exports without skill columns, e.g.
            // { "skill:Technology": { "column": "JobRole", "values": { "Research Scientist": 5 }, "default": 1 } }
            // A value not listed takes "default"; without one it is an error naming the cell.
            "derive": {}
          }
        }

        """;

    /// <summary>The starter config for the file <paramref name="path"/>: its first line shows how to use that file.</summary>
    public static string For(string path) =>
        $"// rmatch run config. Use it with: rmatch match --participants people.csv --config {ShellWord(path)}\n" + Body;

    /// <summary>
    /// The path as one shell word, single-quoted when it holds anything but plain characters. A control character
    /// (a line break would end the comment and break the JSON) gives a placeholder instead.
    /// </summary>
    internal static string ShellWord(string path)
    {
        if (path.Any(char.IsControl))
        {
            return "FILE";
        }

        return path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || "_-./:@+,=\\".Contains(c, StringComparison.Ordinal))
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
