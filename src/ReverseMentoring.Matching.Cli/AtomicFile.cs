namespace ReverseMentoring.Matching.Cli;

/// <summary>Writes a file all at once or not at all.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="text"/> to a temporary file next to <paramref name="path"/>, then puts it in
    /// <paramref name="path"/>'s place. On failure the temporary file is removed and <paramref name="path"/> is untouched.
    /// </summary>
    /// <exception cref="CliInputException">The file cannot be written.</exception>
    public static void WriteAllText(string path, string text)
    {
        var set = new AtomicFileSet();
        set.Add(path, writer => writer.Write(text));
        set.Commit();
    }
}
