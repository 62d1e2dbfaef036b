namespace ReverseMentoring.Matching.Tests.Cli;

/// <summary>Files of the repository the tests were built from, found by walking up from the test binaries to the solution.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReverseMentoring.Matching.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReverseMentoring.Matching.sln not found above the test binaries.");
    }
}
