using System.Net;

namespace HrService;

/// <summary>Keeps the sample on the loopback interface: it has no authentication.</summary>
internal static class Loopback
{
    /// <summary>The address used when no <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Sets <see cref="DefaultUrl"/> when no URL is configured; refuses any URL whose host is not a loopback address.</summary>
    /// <exception cref="InvalidOperationException">A configured URL listens beyond loopback.</exception>
    public static void RequireLoopbackUrls(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["urls"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            builder.WebHost.UseUrls(DefaultUrl);
            return;
        }

        foreach (var url in configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || !(uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))))
            {
                throw new InvalidOperationException(
                    $"HrService listens on loopback only (it has no authentication), but '{url}' was given; use for example --urls {DefaultUrl}.");
            }
        }
    }
}
