using System.Reflection;
using System.Runtime.CompilerServices;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Integration;

/// <summary>What the package shows, and to whom its internals are open.</summary>
public sealed class ApiSurfaceTests
{
    private static readonly Assembly Library = typeof(Participant).Assembly;

    [Fact]
    public void Only_the_tests_see_the_librarys_internals_so_the_cli_and_benchmarks_use_the_public_api()
    {
        var friends = Library.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToArray();

        Assert.Equal(["ReverseMentoring.Matching.Tests"], friends);
    }

    [Fact]
    public void Reporting_shows_the_writers_and_keeps_the_reports_view_models_internal()
    {
        var exported = Library.GetExportedTypes().Where(t => t.Namespace == "ReverseMentoring.Matching.Reporting")
            .Select(t => t.Name).Order(StringComparer.Ordinal);
        var reportMembers = typeof(ReverseMentoring.Matching.Reporting.PairingReport)
            .GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Select(m => m.Name).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["PairingCsv", "PairingJson", "PairingReport"], exported);
        Assert.Equal(["ComponentName", "Create", "Languages", "WriteHtml", "WriteMarkdown", "get_Languages"], reportMembers);
    }
}
