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
}
