namespace ReverseMentoring.Matching.Cli;

/// <summary>A problem with the command line or the file system, already phrased for the user (exit code 2).</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliInputException()
    {
    }
}
