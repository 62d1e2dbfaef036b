namespace ReverseMentoring.Matching.Model;

/// <summary>A participant, or a set of participants, breaks a rule of the model.</summary>
/// <remarks>The message names the participant and the field; both are also available as properties.</remarks>
public sealed class ParticipantValidationException : MatchingInputException
{
    /// <summary>Creates the exception for one participant's field.</summary>
    /// <param name="participantId">The participant's id (may be empty when the id itself is the problem).</param>
    /// <param name="field">The field at fault, for example <c>skill:Technology</c>.</param>
    /// <param name="problem">What is wrong, as a sentence fragment.</param>
    public ParticipantValidationException(string participantId, string field, string problem)
        : base(ValidationText.Format("ParticipantProblem", participantId, field, problem))
    {
        ParticipantId = participantId;
        Field = field;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ParticipantValidationException()
        : this(string.Empty, "participant", "is not valid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ParticipantValidationException(string message)
        : base(message)
    {
        ParticipantId = string.Empty;
        Field = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ParticipantValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        ParticipantId = string.Empty;
        Field = string.Empty;
    }

    /// <summary>The id of the participant at fault.</summary>
    public string ParticipantId { get; }

    /// <summary>The name of the field at fault.</summary>
    public string Field { get; }
}
