using System.Text;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// Writes several files as one step: each is written whole to a temporary file next to its target first, and only
/// when all of them are written are they moved into place. A failure before that leaves no new file behind.
/// </summary>
internal static class AtomicFileSet
{
    /// <summary>Writes every file of <paramref name="files"/> into <paramref name="directory"/>, creating it when missing.</summary>
    /// <exception cref="CliInputException">The directory or a file cannot be written.</exception>
    public static void WriteAll(string directory, IReadOnlyList<(string Name, Action<TextWriter> Write)> files)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new CliInputException("rmatch: the output directory name is empty.");
        }

        if (File.Exists(directory))
        {
            throw new CliInputException($"{directory}: is a file, not a directory.");
        }

        var created = FirstMissing(Path.GetFullPath(directory));
        var staged = new List<(string Temp, string Target)>();
        var current = directory;
        var doing = "cannot create the directory";
        try
        {
            Directory.CreateDirectory(directory);
            doing = "cannot write the file";
            foreach (var (name, write) in files)
            {
                current = Path.Combine(directory, name);
                if (Directory.Exists(current))
                {
                    throw new CliInputException($"{current}: is a directory, not a file.");
                }

                var temp = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
                staged.Add((temp, current));
                using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                {
                    write(writer);
                }
            }

            foreach (var (temp, target) in staged)
            {
                current = target;
                File.Move(temp, target, overwrite: true);
            }

            staged.Clear();
            created = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{current}: {doing}: {e.Message}", e);
        }
        finally
        {
            foreach (var (temp, _) in staged)
            {
                TryDelete(() => File.Delete(temp));
            }

            if (created is not null && Directory.Exists(created) && !Directory.EnumerateFileSystemEntries(created).Any())
            {
                TryDelete(() => Directory.Delete(created));
            }
        }
    }

    /// <summary>The outermost folder of <paramref name="path"/> that does not exist yet, or null when it all exists.</summary>
    private static string? FirstMissing(string path)
    {
        string? missing = null;
        for (var dir = path; dir is not null && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir))
        {
            missing = dir;
        }

        return missing;
    }

    private static void TryDelete(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the original error is the one to report.
        }
    }
}
