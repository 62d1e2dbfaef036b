using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>
/// The README's command-line examples run as written: every <c>rmatch</c> (or <c>dotnet run --project
/// src/ReverseMentoring.Matching.Cli --</c>) line of its <c>sh</c> blocks, in order, in one folder that holds a copy of
/// <c>samples/data</c>, exits 0. What follows a pipe, <c>&amp;&amp;</c> or <c>#</c> is shell, not the tool, and is cut.
/// </summary>
public sealed partial class ReadmeExamplesTests : IDisposable
{
    private const string DotnetRun = "dotnet run --project src/ReverseMentoring.Matching.Cli --";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_readme_rmatch_example_runs_and_exits_0()
    {
        CopyDirectory(RepositoryFiles.PathOf("samples/data"), Path.Combine(_dir.Path, "samples", "data"));
        var commands = ToolCommands(File.ReadAllText(RepositoryFiles.PathOf("README.md")));

        Assert.Contains(commands, c => c.Any(a => a.Contains("samples/data/people.csv", StringComparison.Ordinal)));
        Assert.Contains(commands, c => c.Any(a => a.Contains("samples/data/hr.csv", StringComparison.Ordinal)));
        foreach (var args in commands)
        {
            var (exit, stdout, stderr) = CliRunner.RunProcessIn(_dir.Path, args);
            Assert.True(exit == 0, $"rmatch {string.Join(' ', args)} exited {exit}:\n{stderr}\n{stdout}");
        }
    }

    [Fact]
    public void Readme_explains_rmatch_before_using_it_and_links_only_files_that_exist()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));

        var firstUse = readme.IndexOf("\nrmatch ", StringComparison.Ordinal);
        var alias = readme.IndexOf($"alias rmatch='{DotnetRun}'", StringComparison.Ordinal);
        Assert.True(alias >= 0 && alias < firstUse, "the README must say where 'rmatch' comes from before its first example");
        foreach (Match link in DocPath().Matches(readme))
        {
            Assert.True(File.Exists(RepositoryFiles.PathOf(link.Value)), $"README names {link.Value}, which is not in the repository");
        }

        Assert.DoesNotContain("DESIGN.md", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("DESIGN.md", File.ReadAllText(RepositoryFiles.PathOf("docs/result-format.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_matrix_format_doc_example_gives_the_documented_output()
    {
        var doc = File.ReadAllText(RepositoryFiles.PathOf("docs/score-matrix-format.md"));
        var csv = Block(doc, "csv");
        var json = Block(doc, "json");

        var (exit, stdout, stderr) = CliRunner.Run("assign", "--scores", _dir.Write("scores.csv", csv));

        Assert.True(exit == 0, stderr);
        Assert.Equal(Compact(json), stdout.TrimEnd());
    }

    /// <summary>The tool's argument lists, in README order.</summary>
    internal static List<string[]> ToolCommands(string markdown)
    {
        var commands = new List<string[]>();
        foreach (Match block in ShBlock().Matches(markdown))
        {
            var text = block.Groups[1].Value.Replace("\\\n", " ", StringComparison.Ordinal);
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim();
                string? rest = line.StartsWith("rmatch ", StringComparison.Ordinal) ? line["rmatch ".Length..]
                    : line.StartsWith(DotnetRun + " ", StringComparison.Ordinal) ? line[(DotnetRun.Length + 1)..]
                    : null;
                if (rest is not null)
                {
                    commands.Add(ShellWords(rest));
                }
            }
        }

        return commands;
    }

    /// <summary>Splits like sh does for these simple lines (quotes, no expansion), stopping at |, &amp;&amp;, ; or #.</summary>
    private static string[] ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else if (c is '|' or '&' or ';' || (c == '#' && !inWord))
            {
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        Flush();
        return [.. words];

        void Flush()
        {
            if (inWord)
            {
                words.Add(word.ToString());
            }

            word.Clear();
            inWord = false;
        }
    }

    private static string Block(string markdown, string language)
    {
        var match = Regex.Match(markdown, $"```{language}\\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"no ```{language} block");
        return match.Groups[1].Value;
    }

    private static string Compact(string json) =>
        System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement);

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    [GeneratedRegex("```sh\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShBlock();

    [GeneratedRegex(@"(?<=`)(?:docs|samples|schemas)/[\w./-]+\.\w+(?=`)")]
    private static partial Regex DocPath();
}
