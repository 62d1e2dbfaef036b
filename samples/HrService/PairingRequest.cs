namespace HrService;

/// <summary>The body of <c>POST /pairings</c>.</summary>
internal sealed class PairingRequest
{
    /// <summary>Everyone in the cohort, mentors and mentees. Required.</summary>
    public IReadOnlyList<ParticipantInput?>? Participants { get; init; }

    /// <summary>How to pair them; the service's configured defaults when absent.</summary>
    public OptionsInput? Options { get; init; }
}

/// <summary>One participant; the fields of <c>ReverseMentoring.Matching.Model.Participant</c>.</summary>
internal sealed class ParticipantInput
{
    public string? Id { get; init; }

    /// <summary><c>mentor</c> or <c>mentee</c>. Required.</summary>
    public string? Role { get; init; }

    public string? Name { get; init; }

    public string? Department { get; init; }

    public string? ManagerId { get; init; }

    public double? Seniority { get; init; }

    public string? Location { get; init; }

    public double? UtcOffset { get; init; }

    public IReadOnlyList<string>? Languages { get; init; }

    public int? Capacity { get; init; }

    /// <summary>Skill level 0–5 by skill area.</summary>
    public Dictionary<string, double>? Skills { get; init; }

    /// <summary>Learning goal 0–1 by skill area.</summary>
    public Dictionary<string, double>? Goals { get; init; }
}

/// <summary>The options a request may set; anything absent keeps the service's configured value.</summary>
internal sealed class OptionsInput
{
    /// <summary><c>maxTotal</c> or <c>maxMin</c>.</summary>
    public string? Objective { get; init; }

    /// <summary><c>coverageFirst</c> or <c>qualityFirst</c>.</summary>
    public string? Priority { get; init; }

    public double? MinimumScore { get; init; }

    /// <summary>Weights of the default composite scorer.</summary>
    public WeightsInput? Weights { get; init; }

    public IReadOnlyList<PairInput?>? PinnedPairs { get; init; }
}

/// <summary>Weights of skill gap, reciprocal value and network reach; absent ones keep their defaults (0.6, 0.25, 0.15).</summary>
internal sealed class WeightsInput
{
    public double? SkillGap { get; init; }

    public double? Reciprocal { get; init; }

    public double? NetworkReach { get; init; }
}

/// <summary>A mentor and a mentee by id.</summary>
internal sealed class PairInput
{
    public string? Mentor { get; init; }

    public string? Mentee { get; init; }
}
