using System.Net;
using System.Text;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Identity;

/// <summary>
/// Every protected endpoint × every role × a record inside and outside the caller's jurisdiction.
/// Built from the endpoints' own metadata, so a new endpoint is covered the day it is mapped:
/// anonymous → 401; a role without the capability → 403; a role with it → neither; a record
/// outside the caller's jurisdiction → 404, inside → found.
/// </summary>
public abstract partial class AuthorizationMatrixTests(CaseManagementHost host) : IAsyncLifetime
{
    private const string CallerUnit = "535";
    private Guid inside;
    private Guid outside;

    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await IdentityScenario.LoadUnitsAsync(host);
        inside = await IdentityScenario.CreateUserAsync(host, Roles.SocialWorker, "21484");
        outside = await IdentityScenario.CreateUserAsync(host, Roles.SocialWorker, "21025");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_endpoint_answers_each_role_as_its_policy_and_the_jurisdiction_say()
    {
        var endpoints = ProtectedEndpoints();
        Assert.True(endpoints.Count >= 15, $"only {endpoints.Count} protected endpoints found");
        var failures = new List<string>();
        using var anonymous = host.CreateClient();
        foreach (var endpoint in endpoints)
        {
            using var response = await SendAsync(anonymous, endpoint, inside);
            Expect(failures, endpoint, "anonymous", response.StatusCode, status => status == HttpStatusCode.Unauthorized);
        }

        foreach (var role in Roles.All)
        {
            using var client = await host.ClientForAsync(role, CallerUnit);
            foreach (var endpoint in endpoints)
            {
                // The caller's unit (a district) is not the top of the tree: province-wide changes are refused even to a granted role.
                var granted = Capabilities.GrantedTo[endpoint.Policy] is var roles && (roles.Length == 0 || roles.Contains(role)) && !endpoint.TopLevelOnly;
                using var insideResponse = await SendAsync(client, endpoint, inside);
                Expect(failures, endpoint, role + " inside", insideResponse.StatusCode, status => granted
                    ? status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (!endpoint.NamesRecord || status != HttpStatusCode.NotFound)
                    : status == HttpStatusCode.Forbidden);
                if (endpoint.NamesRecord)
                {
                    using var outsideResponse = await SendAsync(client, endpoint, outside);
                    Expect(failures, endpoint, role + " outside", outsideResponse.StatusCode, status => granted
                        ? status == HttpStatusCode.NotFound
                        : status == HttpStatusCode.Forbidden);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\w+:guid\}")]
    private static partial System.Text.RegularExpressions.Regex OtherGuidSegment();

    private sealed record ProtectedEndpoint(string Method, string Pattern, string Policy, bool TopLevelOnly)
    {
        /// <summary>Endpoints addressing one user record, where jurisdiction applies.</summary>
        public bool NamesRecord => Pattern.StartsWith("/api/identity/users/{id:guid}", StringComparison.Ordinal);
    }

    private List<ProtectedEndpoint> ProtectedEndpoints() => host.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
        // The web application's pages are signed in with its cookie, not a bearer token; its browser tests cover them.
        .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().LastOrDefault(a => a.Policy is not null)?.Policy != CaseManagement.Web.Account.WebAuthentication.Policy)
        .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new ProtectedEndpoint(
            method, e.RoutePattern.RawText!, e.Metadata.GetOrderedMetadata<IAuthorizeData>().Last(a => a.Policy is not null).Policy!,
            e.Metadata.GetMetadata<TopLevelUnitAttribute>() is not null)))
        .ToList();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, ProtectedEndpoint endpoint, Guid record)
    {
        var path = endpoint.Pattern
            .Replace("{id:guid}", record.ToString(), StringComparison.Ordinal)
            .Replace("{code}", "51", StringComparison.Ordinal)
            .Replace("{unitCode}", "535", StringComparison.Ordinal)
            .Replace("{unit}", "21484", StringComparison.Ordinal)
            .Replace("{year:int}", "2026", StringComparison.Ordinal)
            .Replace("{date}", "2026-02-14", StringComparison.Ordinal)
            .Replace("{module}", "directory", StringComparison.Ordinal)
            .Replace("{rowId:long}", "999999", StringComparison.Ordinal)
            .Replace("{parkedId:long}", "999999", StringComparison.Ordinal)
            .Replace("{queue}", "no-such-queue_error", StringComparison.Ordinal)
            .Replace("{period}", "2025-H1", StringComparison.Ordinal)
            .Replace("{resourceType}", "user", StringComparison.Ordinal)
            .Replace("{resourceId}", record.ToString(), StringComparison.Ordinal)
            .Replace("{key}", "no-such-key", StringComparison.Ordinal);
        // Any other record below the first (a referral of a case, an attachment…): one that does not exist.
        path = OtherGuidSegment().Replace(path, _ => Guid.NewGuid().ToString());
        Assert.DoesNotContain('{', path);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
        if (endpoint.Method is "POST" or "PUT")
        {
            var (body, mediaType) = ValidBody(endpoint.Pattern);
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A body the endpoint accepts, so that what answers is authorization and jurisdiction,
    /// not input validation. Endpoints without an entry get an empty JSON object.</summary>
    private static (string Body, string MediaType) ValidBody(string pattern) => pattern switch
    {
        "/api/directory/units/import" => ("code,name,level,parent_code\n", "text/csv"),
        "/api/identity/users/" or "/api/identity/users" => (
            $$"""{"userName":"matrix.{{Guid.NewGuid():N}}","fullName":"Matrix","unitCode":"21484","roles":["Collaborator"],"password":"Matrix@Pass1"}""",
            "application/json"),
        "/api/identity/clients/" or "/api/identity/clients" => (
            $$"""{"clientId":"matrix-{{Guid.NewGuid():N}}","displayName":"Matrix","roles":["HotlineOperator"],"unitCode":"21484"}""",
            "application/json"),
        "/api/identity/users/{id:guid}/roles" => ("""{"roles":["SocialWorker"]}""", "application/json"),
        "/api/identity/users/{id:guid}/unit" => ("""{"unitCode":"21484"}""", "application/json"),
        "/api/cases/{id:guid}/attachments/" or "/api/reporting/rounds/{id:guid}/answers/{unit}/evidence" => ("--b\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nx\r\n--b--\r\n", "multipart/form-data; boundary=b"),
        "/api/identity/users/{id:guid}/staff" => ("""{"staffId":null}""", "application/json"),
        "/api/identity/users/{id:guid}/password" => ("""{"newPassword":"Another@Pass2"}""", "application/json"),
        _ => ("{}", "application/json"),
    };

    private static void Expect(List<string> failures, ProtectedEndpoint endpoint, string who, HttpStatusCode status, Func<HttpStatusCode, bool> ok)
    {
        if (!ok(status))
        {
            failures.Add($"{endpoint.Method} {endpoint.Pattern} ({endpoint.Policy}) as {who}: {(int)status}");
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuthorizationMatrixOnSqlite(SqliteHost host) : AuthorizationMatrixTests(host);

[Collection(PostgresCollection.Name)]
public sealed class AuthorizationMatrixOnPostgres(PostgresRabbitHost host) : AuthorizationMatrixTests(host);
