using System.Net;

namespace HrService;

/// <summary>Keeps the sample on the loopback interface: it has no authentication.</summary>
internal static class Loopback
{
    /// <summary>The address used when no <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Sets <see cref="DefaultUrl"/> when no URL is configured; returns why a configured URL is refused (its host is not a
    /// loopback address), or null when all are fine.
    /// </summary>
    public static string? Problem(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["urls"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            builder.WebHost.UseUrls(DefaultUrl);
            return null;
        }

        foreach (var url in configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || !(uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))))
            {
                return $"HrService listens on loopback only (it has no authentication), but '{url}' was given; use for example --urls {DefaultUrl}.";
            }
        }

        return null;
    }
}
