using ReverseMentoring.Matching;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace HrService;

/// <summary>
/// Turns a <see cref="PairingRequest"/> into participants and options, collecting every problem by its JSON path
/// (for example <c>participants[2].skill:Technology</c>) instead of stopping at the first.
/// </summary>
internal sealed class RequestMapper
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>The problems found, by JSON path; empty when the request is valid.</summary>
    public Dictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    public IReadOnlyList<Participant> Participants(IReadOnlyList<ParticipantInput?>? inputs)
    {
        if (inputs is null)
        {
            Add("participants", "is required: a JSON array of mentors and mentees.");
            return [];
        }

        var people = new List<Participant>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var path = $"participants[{i}]";
            if (inputs[i] is not { } input)
            {
                Add(path, "must be a JSON object, not null.");
                continue;
            }

            if (Role(path, input.Role) is not { } role)
            {
                continue;
            }

            try
            {
                people.Add(new Participant(
                    input.Id ?? string.Empty, role, input.Name, input.Department, input.ManagerId, input.Seniority ?? 0, input.Location,
                    input.UtcOffset, input.Languages, input.Capacity ?? 1, input.Skills, input.Goals));
            }
            catch (ParticipantValidationException e)
            {
                Add($"{path}.{e.Field}", e.Message);
            }
        }

        return people;
    }

    public MatchingOptions Options(MatchingOptions defaults, OptionsInput input)
    {
        var options = defaults;
        if (input.Objective is { } objective)
        {
            options = options with
            {
                Objective = Choose("options.objective", objective, ("maxTotal", PairingObjective.MaxTotal), ("maxMin", PairingObjective.MaxMin)),
            };
        }

        if (input.Priority is { } priority)
        {
            options = options with
            {
                Priority = Choose(
                    "options.priority", priority, ("coverageFirst", PairingPriority.CoverageFirst), ("qualityFirst", PairingPriority.QualityFirst)),
            };
        }

        if (input.MinimumScore is { } floor)
        {
            options = options with { MinimumScore = floor };
        }

        if (input.Weights is { } weights)
        {
            var defaultsWeights = new CompositeScorerOptions();
            try
            {
                options = options with
                {
                    Scorer = PairScorers.Composite(new CompositeScorerOptions
                    {
                        SkillGapWeight = weights.SkillGap ?? defaultsWeights.SkillGapWeight,
                        ReciprocalWeight = weights.Reciprocal ?? defaultsWeights.ReciprocalWeight,
                        NetworkReachWeight = weights.NetworkReach ?? defaultsWeights.NetworkReachWeight,
                    }),
                };
            }
            catch (ArgumentException e)
            {
                Add("options.weights", e.Message);
            }
        }

        if (input.PinnedPairs is { } pinned)
        {
            var pairs = new List<ParticipantPair>();
            for (var i = 0; i < pinned.Count; i++)
            {
                if (pinned[i] is { Mentor: { Length: > 0 } mentor, Mentee: { Length: > 0 } mentee })
                {
                    pairs.Add(new ParticipantPair(mentor, mentee));
                }
                else
                {
                    Add($"options.pinnedPairs[{i}]", "needs a mentor id and a mentee id.");
                }
            }

            options = options with { PinnedPairs = pairs };
        }

        return options;
    }

    public void Add(string path, string problem)
    {
        if (!_errors.TryGetValue(path, out var list))
        {
            _errors[path] = list = [];
        }

        list.Add(problem);
    }

    private ParticipantRole? Role(string path, string? role)
    {
        if (string.Equals(role, "mentor", StringComparison.OrdinalIgnoreCase))
        {
            return ParticipantRole.Mentor;
        }

        if (string.Equals(role, "mentee", StringComparison.OrdinalIgnoreCase))
        {
            return ParticipantRole.Mentee;
        }

        Add($"{path}.role", role is null ? "is required: mentor or mentee." : $"must be mentor or mentee, but was '{role}'.");
        return null;
    }

    private T Choose<T>(string path, string value, params (string Name, T Value)[] choices)
        where T : struct
    {
        foreach (var (name, choice) in choices)
        {
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }

        Add(path, $"must be {string.Join(" or ", choices.Select(c => c.Name))}, but was '{value}'.");
        return choices[0].Value;
    }
}
