using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using CaseManagement.Identity;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Identity;

/// <summary>The Host as a province runs it: Production, keys from PKCS#12 files, HTTPS.</summary>
public sealed class ProductionHost : SqliteHost
{
    private const string KeyPassword = "Production@Key1";
    private readonly string keys = System.IO.Directory.CreateTempSubdirectory("cm-keys-").FullName;

    public ProductionHost()
    {
        File.WriteAllBytes(Path.Combine(keys, "signing.pfx"), SelfSigned("cm-signing"));
        File.WriteAllBytes(Path.Combine(keys, "encryption.pfx"), SelfSigned("cm-encryption"));
    }

    protected override string EnvironmentName => "Production";

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        .. base.Settings,
        new("Identity:SigningCertificate:Path", Path.Combine(keys, "signing.pfx")),
        new("Identity:SigningCertificate:Password", KeyPassword),
        new("Identity:EncryptionCertificate:Path", Path.Combine(keys, "encryption.pfx")),
        new("Identity:EncryptionCertificate:Password", KeyPassword),
        new("https_port", "443"), // as Kestrel's HTTPS binding or a proxy would provide
        new("Identity:PublicBaseAddress", "https://baove-treem.example/"),
        new("Web:ClientSecret", WebClientSecret),
    ];

    public const string WebClientSecret = "a-province-own-web-client-secret-0123456789";

    public HttpClient Https() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://baove-treem.example") });

    private static byte[] SelfSigned(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pfx, KeyPassword);
    }
}

public sealed class ProductionModeTests(ProductionHost host) : IClassFixture<ProductionHost>
{
    [Fact]
    public async Task The_password_grant_and_the_development_clients_do_not_exist_in_production()
    {
        using var client = host.Https();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.DoesNotContain("password", grants);

        using var password = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "casemanagement-dev", ["username"] = "demo.admin", ["password"] = "Demo@12345",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, password.StatusCode);
        Assert.Equal("unsupported_grant_type", (await password.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        using var demoIntegration = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo.hotline-system", ["client_secret"] = "Demo@12345",
        }));
        Assert.Equal("invalid_client", (await demoIntegration.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_web_application_is_a_client_in_production_with_the_secret_from_configuration()
    {
        using var client = host.Https();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        Assert.Equal("https://baove-treem.example/", discovery.GetProperty("issuer").GetString());

        // The web client authenticates with the configured secret (the refresh token is refused, the client is not).
        using var configured = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "casemanagement-web", ["client_secret"] = ProductionHost.WebClientSecret, ["refresh_token"] = "none",
        }));
        Assert.Equal("invalid_grant", (await configured.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        using var development = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "casemanagement-web", ["client_secret"] = "casemanagement-web-development-secret-0000", ["refresh_token"] = "none",
        }));
        Assert.Equal("invalid_client", (await development.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Plain_HTTP_is_redirected_and_HTTPS_answers_carry_HSTS()
    {
        using var http = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var redirected = await http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https", redirected.Headers.Location!.Scheme);

        using var https = host.Https();
        using var secure = await https.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.True(secure.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_stranger_learns_only_that_the_server_lives_not_how_it_is_built_or_doing()
    {
        using var https = host.Https();
        Assert.Equal(HttpStatusCode.Unauthorized, (await https.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await https.GetAsync("/scalar/v1")).StatusCode);
        using var ready = await https.GetAsync("/health/ready");
        var report = await ready.ReadJsonAsync();
        Assert.True(report.TryGetProperty("status", out _));
        Assert.False(report.TryGetProperty("checks", out _), report.ToString());
    }

    [Fact]
    public async Task The_first_administrator_is_created_by_the_operators_command_once()
    {
        Assert.Null(await host.Services.CreateFirstAdministratorAsync("quantri.tinh", "51", "First@Admin12"));
        Assert.Contains("already exists", await host.Services.CreateFirstAdministratorAsync("quantri.tinh", "51", "Other@Admin12"), StringComparison.Ordinal);
        Assert.Contains("Password", await host.Services.CreateFirstAdministratorAsync("quantri.yeu", "51", "short"), StringComparison.OrdinalIgnoreCase);

        var (roles, passwordHolds) = await host.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CaseManagement.Identity.Accounts.User>>();
            var admin = (await users.FindByNameAsync("quantri.tinh"))!;
            return (await users.GetRolesAsync(admin), await users.CheckPasswordAsync(admin, "First@Admin12"));
        });
        Assert.Equal([CaseManagement.BuildingBlocks.Security.Roles.Admin], roles);
        Assert.True(passwordHolds);
    }
}
