using ReverseMentoring.Matching.Cli;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

public sealed class AtomicFileSetTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Commit_replaces_every_file_and_leaves_no_temporary_or_backup_file()
    {
        _dir.Write("a.txt", "old a");
        var set = new AtomicFileSet { ReplaceExisting = true };
        set.Add(_dir.File("a.txt"), w => w.Write("new a"));
        set.Add(_dir.Path, "b.txt", w => w.Write("new b"));

        set.Commit();

        Assert.Equal(["a.txt", "b.txt"], _dir.FileNames());
        Assert.Equal(("new a", "new b"), (File.ReadAllText(_dir.File("a.txt")), File.ReadAllText(_dir.File("b.txt"))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_failure_while_putting_files_in_place_restores_every_old_file_and_removes_the_new_ones(int failing)
    {
        var other = Directory.CreateDirectory(_dir.File("other")).FullName;
        _dir.Write("a.txt", "old a");
        File.WriteAllText(Path.Combine(other, "c.txt"), "old c");
        string[] targets = [_dir.File("a.txt"), _dir.File("b.txt"), Path.Combine(other, "c.txt")];
        var set = new AtomicFileSet
        {
            ReplaceExisting = true,
            BeforeInstall = target =>
            {
                if (target == targets[failing])
                {
                    throw new IOException("disk full");
                }
            },
        };
        foreach (var target in targets)
        {
            set.Add(target, w => w.Write("new"));
        }

        var e = Assert.Throws<CliInputException>(set.Commit);

        Assert.Equal($"{targets[failing]}: cannot write the file: disk full", e.Message);
        Assert.Equal(["a.txt", "other"], _dir.FileNames());
        Assert.Equal(["c.txt"], Directory.GetFiles(other).Select(Path.GetFileName));
        Assert.Equal("old a", File.ReadAllText(targets[0]));
        Assert.Equal("old c", File.ReadAllText(targets[2]));
    }

    [Fact]
    public void A_target_that_is_a_directory_changes_nothing()
    {
        _dir.Write("a.txt", "old a");
        Directory.CreateDirectory(_dir.File("b.txt"));
        var set = new AtomicFileSet { ReplaceExisting = true };
        set.Add(_dir.File("a.txt"), w => w.Write("new a"));
        set.Add(_dir.File("b.txt"), w => w.Write("new b"));

        var e = Assert.Throws<CliInputException>(set.Commit);

        Assert.Equal($"{_dir.File("b.txt")}: is a directory, not a file.", e.Message);
        Assert.Equal(["a.txt", "b.txt"], _dir.FileNames());
        Assert.Equal("old a", File.ReadAllText(_dir.File("a.txt")));
    }

    [Fact]
    public void A_failing_writer_leaves_no_file_and_removes_the_folders_the_set_created()
    {
        _dir.Write("a.txt", "old a");
        var nested = Path.Combine(_dir.Path, "x", "y");
        var set = new AtomicFileSet { ReplaceExisting = true };
        set.Add(_dir.File("a.txt"), w => w.Write("new a"));
        set.Add(nested, "b.txt", w => w.Write("new b"));
        set.Add(nested, "c.txt", _ => throw new InvalidOperationException("bug"));

        Assert.Throws<InvalidOperationException>(set.Commit);

        Assert.Equal(["a.txt"], _dir.FileNames());
        Assert.Equal("old a", File.ReadAllText(_dir.File("a.txt")));
    }

    [Fact]
    public void The_same_target_twice_is_written_once_with_the_later_contents()
    {
        var set = new AtomicFileSet { ReplaceExisting = true };
        set.Add(_dir.File("a.txt"), w => w.Write("first"));
        set.Add(_dir.Path, "a.txt", w => w.Write("second"));

        set.Commit();

        Assert.Equal(["a.txt"], _dir.FileNames());
        Assert.Equal("second", File.ReadAllText(_dir.File("a.txt")));
    }

    [Fact]
    public void A_file_in_a_missing_folder_changes_nothing()
    {
        var set = new AtomicFileSet { ReplaceExisting = true };
        set.Add(_dir.Path, "a.txt", w => w.Write("new a"));
        set.Add(_dir.File("no/b.txt"), w => w.Write("new b"));

        var e = Assert.Throws<CliInputException>(set.Commit);

        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
        Assert.Empty(_dir.FileNames());
    }

    [Fact]
    public void A_file_in_the_folder_the_set_creates_is_written_with_it()
    {
        var set = new AtomicFileSet { ReplaceExisting = true };
        set.Add(_dir.File("out"), "a.txt", w => w.Write("a"));
        set.Add(_dir.File("out/r.json"), w => w.Write("{}"));

        set.Commit();

        Assert.Equal("{}", File.ReadAllText(_dir.File("out/r.json")));
        Assert.Equal("a", File.ReadAllText(_dir.File("out/a.txt")));
    }
}
