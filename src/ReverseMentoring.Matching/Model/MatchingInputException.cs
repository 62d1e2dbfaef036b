namespace ReverseMentoring.Matching.Model;

/// <summary>
/// The base of every error caused by bad input (participants, options, score matrices, files).
/// Catch this type to tell a caller's mistake from a bug.
/// </summary>
public class MatchingInputException : Exception
{
    /// <summary>Creates the exception with a message that says what is wrong and where.</summary>
    public MatchingInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public MatchingInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public MatchingInputException()
        : base("The matching input is not valid.")
    {
    }
}
