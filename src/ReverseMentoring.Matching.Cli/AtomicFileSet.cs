using System.Text;

namespace ReverseMentoring.Matching.Cli;

/// <summary>
/// The output files of one run, written as one step: all of them are replaced, or none is.
/// </summary>
/// <remarks>
/// <see cref="Commit"/> works in three phases. First every file is written whole to a temporary file next to its
/// target. Then each temporary file takes its target's place (an existing target is kept as a backup next to it,
/// and is never missing meanwhile). Only when every target is in place are the backups deleted. A failure in any
/// phase undoes the earlier ones: the new files are deleted, the backups put back, the temporary files removed and
/// a folder that was created for the set is removed again when empty.
/// Before any of that, <see cref="Check"/> refuses a target that is one of the run's inputs (always) or that
/// already exists (unless <see cref="ReplaceExisting"/>), so a refused set writes nothing.
/// </remarks>
internal sealed class AtomicFileSet
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static readonly StringComparer PathComparer = StringComparer.FromComparison(PathComparison);

    private readonly List<Entry> _files = [];
    private readonly List<string> _directories = [];
    private readonly List<(string Full, string What)> _inputs = [];

    /// <summary>Whether an existing target may be replaced (<c>--force</c>); otherwise an existing target is refused.</summary>
    public bool ReplaceExisting { get; init; }

    /// <summary>For tests: called with each target just before its new file takes its place; may throw.</summary>
    internal Action<string>? BeforeInstall { get; init; }

    /// <summary>Adds a file whose folder must exist. A later file with the same path replaces an earlier one.</summary>
    /// <exception cref="CliInputException">The name is empty.</exception>
    public void Add(string path, Action<TextWriter> write)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliInputException(CliText.Get("OutputFileNameEmpty"));
        }

        AddEntry(new Entry(path, write, folderMustExist: true));
    }

    /// <summary>Adds a file <paramref name="name"/> in <paramref name="directory"/>, which is created (with its parents) when missing.</summary>
    /// <exception cref="CliInputException">The directory name is empty.</exception>
    public void Add(string directory, string name, Action<TextWriter> write)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new CliInputException(CliText.Get("OutputDirectoryNameEmpty"));
        }

        if (!_directories.Contains(directory, PathComparer))
        {
            _directories.Add(directory);
        }

        AddEntry(new Entry(Path.Combine(directory, name), write, folderMustExist: false));
    }

    /// <summary>
    /// Names a file the run reads, <paramref name="what"/> being e.g. "participants": no target may be it, even with
    /// <see cref="ReplaceExisting"/>. Full paths are compared, so <c>./people.csv</c> and <c>people.csv</c> are one file.
    /// </summary>
    public void ProtectInput(string path, string what)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            _inputs.Add((System.IO.Path.GetFullPath(path), what));
        }
    }

    /// <summary>Writes every file of the set, all or none; an empty set does nothing.</summary>
    /// <exception cref="CliInputException">A folder or a file cannot be written; nothing has changed on disk.</exception>
    public void Commit()
    {
        if (_files.Count == 0)
        {
            return;
        }

        Check();
        var created = new List<string>();
        var current = _directories.Count > 0 ? _directories[0] : _files[0].Path;
        var doing = CliText.Get("CannotCreateDirectory");
        try
        {
            foreach (var directory in _directories)
            {
                current = directory;
                if (FirstMissing(Path.GetFullPath(directory)) is { } missing)
                {
                    created.Add(missing);
                }

                Directory.CreateDirectory(directory);
            }

            doing = CliText.Get("CannotWriteFile");
            foreach (var file in _files)
            {
                current = file.Path;
                file.Temp = Sibling(file.Full, "tmp");
                using var stream = new FileStream(file.Temp, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                file.Write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true); // "written whole" must survive a crash right after the rename
            }

            foreach (var file in _files)
            {
                current = file.Path;
                BeforeInstall?.Invoke(file.Path);
                if (File.Exists(file.Full))
                {
                    file.Backup = Sibling(file.Full, "bak");
                    File.Replace(file.Temp!, file.Full, file.Backup, ignoreMetadataErrors: true);
                }
                else
                {
                    File.Move(file.Temp!, file.Full, overwrite: false);
                }

                file.Temp = null;
                file.Installed = true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var kept = RollBack(created);
            throw new CliInputException($"{current}: {doing}: {e.Message}{kept}", e);
        }
        catch
        {
            RollBack(created);
            throw;
        }

        foreach (var file in _files)
        {
            if (file.Backup is { } backup)
            {
                TryDelete(() => File.Delete(backup));
            }
        }
    }

    /// <summary>
    /// The checks that need no writing, so that the usual mistakes change nothing at all. <see cref="Commit"/> runs
    /// them; a verb also runs them before its work, so a refused output costs no solve.
    /// </summary>
    /// <exception cref="CliInputException">A target is an input, exists without <see cref="ReplaceExisting"/>, or cannot be a file.</exception>
    public void Check()
    {
        foreach (var directory in _directories)
        {
            if (File.Exists(directory))
            {
                throw new CliInputException(CliText.Format("IsFileNotDirectory", directory));
            }
        }

        foreach (var file in _files)
        {
            if (Directory.Exists(file.Full))
            {
                throw new CliInputException(CliText.Format("IsDirectoryNotFile", file.Path));
            }

            foreach (var (input, what) in _inputs)
            {
                if (string.Equals(input, file.Full, PathComparison))
                {
                    throw new CliInputException(CliText.Format("IsInputFile", file.Path, what));
                }
            }

            if (!ReplaceExisting && File.Exists(file.Full))
            {
                throw new CliInputException(CliText.Format("AlreadyExists", file.Path));
            }

            var folder = Path.GetDirectoryName(file.Full) ?? ".";
            if (file.FolderMustExist && !Directory.Exists(folder) && !WillCreate(folder))
            {
                throw new CliInputException(CliText.Format("DirectoryMissing", file.Path, folder));
            }
        }
    }

    /// <summary>Undoes a failed commit as far as it got; returns a note for the message when a backup could not be put back.</summary>
    private string RollBack(List<string> created)
    {
        var kept = new List<string>();
        foreach (var file in _files)
        {
            if (file.Temp is { } temp)
            {
                TryDelete(() => File.Delete(temp));
            }

            if (!file.Installed)
            {
                // The target was not replaced. A backup the failed step left is a copy of it, unless the platform had
                // already renamed the target to the backup (Windows' ReplaceFile can fail after that step): then the
                // backup is the only copy and goes back.
                if (file.Backup is { } copy && File.Exists(copy))
                {
                    if (!File.Exists(file.Full))
                    {
                        if (!TryDelete(() => File.Move(copy, file.Full)))
                        {
                            kept.Add(copy);
                        }
                    }
                    else
                    {
                        TryDelete(() => File.Delete(copy));
                    }
                }

                continue;
            }

            if (file.Backup is { } backup)
            {
                if (!TryDelete(() => File.Move(backup, file.Full, overwrite: true)))
                {
                    kept.Add(backup);
                }
            }
            else
            {
                TryDelete(() => File.Delete(file.Full));
            }
        }

        foreach (var directory in Enumerable.Reverse(created))
        {
            if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories).Any(File.Exists))
            {
                TryDelete(() => Directory.Delete(directory, recursive: true));
            }
        }

        return kept.Count == 0 ? string.Empty : CliText.Format("EarlierContentsKept", string.Join(", ", kept));
    }

    /// <summary>
    /// Whether committing creates <paramref name="folder"/>: it is a directory of the set, or one of its parents
    /// (creating a directory creates its missing parents, not its children).
    /// </summary>
    private bool WillCreate(string folder)
    {
        var target = folder.TrimEnd(Path.DirectorySeparatorChar);
        return _directories.Select(d => Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar)).Any(d =>
            PathComparer.Equals(d, target) || d.StartsWith(target + Path.DirectorySeparatorChar, PathComparison));
    }

    private void AddEntry(Entry entry)
    {
        _files.RemoveAll(f => PathComparer.Equals(f.Full, entry.Full));
        _files.Add(entry);
    }

    private static string Sibling(string full, string kind) =>
        Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.{kind}");

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

    /// <summary>Best effort while cleaning up: the original error is the one to report.</summary>
    private static bool TryDelete(Action delete)
    {
        try
        {
            delete();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private sealed class Entry(string path, Action<TextWriter> write, bool folderMustExist)
    {
        public string Path { get; } = path;

        public string Full { get; } = System.IO.Path.GetFullPath(path);

        public Action<TextWriter> Write { get; } = write;

        /// <summary>Whether the folder must already exist (else it is one of the set's folders, created when missing).</summary>
        public bool FolderMustExist { get; } = folderMustExist;

        /// <summary>The written temporary file while it waits to take the target's place.</summary>
        public string? Temp { get; set; }

        /// <summary>Where the target's earlier contents are kept while the set is not complete.</summary>
        public string? Backup { get; set; }

        public bool Installed { get; set; }
    }
}
