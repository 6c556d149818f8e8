using Microsoft.Extensions.Configuration;

namespace CaseManagement.BuildingBlocks.Security;

/// <summary>The web application as an OpenID Connect client of the Host's own server: the one client id, the
/// secret both sides read from configuration, and the public address people reach the system at.</summary>
public static class WebClient
{
    public const string ClientId = "casemanagement-web";

    private const string DevelopmentSecret = "casemanagement-web-development-secret-0000";

    /// <summary>Where people reach the system (the load balancer's address when there are several Hosts); the
    /// token issuer and the web client's redirect addresses derive from it.</summary>
    public static Uri PublicBaseAddress(IConfiguration configuration) =>
        new(configuration["Identity:PublicBaseAddress"] ?? "http://localhost:5080/");

    /// <summary>From <c>Web:ClientSecret</c> on a province's server; a fixed one in Development and Testing.</summary>
    public static string Secret(IConfiguration configuration, bool developmentFeatures) =>
        configuration["Web:ClientSecret"] is { Length: >= 32 } secret ? secret
        : developmentFeatures ? DevelopmentSecret
        : throw new InvalidOperationException(
            "Web:ClientSecret must be set to a random secret of at least 32 characters; see docs/operations.md, 'Keys, HTTPS and the first administrator'.");
}
