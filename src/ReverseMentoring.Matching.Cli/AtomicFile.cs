using System.Text;

namespace ReverseMentoring.Matching.Cli;

/// <summary>Writes a file all at once or not at all.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="text"/> to a temporary file next to <paramref name="path"/>, then moves it over
    /// <paramref name="path"/>. On failure the temporary file is removed and <paramref name="path"/> is untouched.
    /// </summary>
    /// <exception cref="CliInputException">The file cannot be written.</exception>
    public static void WriteAllText(string path, string text)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliInputException("rmatch: the output file name is empty.");
        }

        string? temp = null;
        try
        {
            var full = Path.GetFullPath(path);
            var directory = Path.GetDirectoryName(full) ?? ".";
            if (Directory.Exists(full))
            {
                throw new CliInputException($"{path}: is a directory, not a file.");
            }

            if (!Directory.Exists(directory))
            {
                throw new CliInputException($"{path}: the directory {directory} does not exist.");
            }

            temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, full, overwrite: true);
            temp = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: cannot write the file: {e.Message}", e);
        }
        finally
        {
            if (temp is not null)
            {
                TryDelete(temp);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the original error is the one to report.
        }
    }
}
