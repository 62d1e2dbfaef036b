namespace ReverseMentoring.Matching.Cli;

/// <summary>Writes a file all at once or not at all.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="text"/> to a temporary file next to <paramref name="path"/>, then puts it in
    /// <paramref name="path"/>'s place. On failure the temporary file is removed and <paramref name="path"/> is untouched.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="text">Its new contents.</param>
    /// <param name="replaceExisting">Whether an existing file may be replaced (<c>--force</c>).</param>
    /// <exception cref="CliInputException">The file cannot be written, or exists and may not be replaced.</exception>
    public static void WriteAllText(string path, string text, bool replaceExisting)
    {
        var set = new AtomicFileSet { ReplaceExisting = replaceExisting };
        set.Add(path, writer => writer.Write(text));
        set.Commit();
    }
}
