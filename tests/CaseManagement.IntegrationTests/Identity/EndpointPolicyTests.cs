using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Identity;

/// <summary>Every endpoint declares a capability policy, or says explicitly that it is public.</summary>
[Collection(SqliteCollection.Name)]
public sealed class EndpointPolicyTests(SqliteHost host)
{
    /// <summary>The rule: endpoints with neither a named policy nor an explicit AllowAnonymous.</summary>
    public static IReadOnlyList<string> EndpointsWithoutPolicy(IEnumerable<Endpoint> endpoints) => endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
            && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy)))
        .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} {e.RoutePattern.RawText}")
        .ToList();

    [Fact]
    public void Every_endpoint_declares_a_policy_or_is_explicitly_public()
    {
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        Assert.True(endpoints.Count > 15, "the endpoint list looks incomplete");
        Assert.Empty(EndpointsWithoutPolicy(endpoints));
    }

    [Fact]
    public void The_rule_catches_an_endpoint_without_a_policy()
    {
        var forgotten = new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/api/cases/forgotten"), 0,
            new EndpointMetadataCollection(new HttpMethodMetadata(["GET"])), "forgotten");
        var declared = new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/api/cases/declared"), 0,
            new EndpointMetadataCollection(new AuthorizeAttribute("cases.read")), "declared");
        Assert.Equal(["GET /api/cases/forgotten"], EndpointsWithoutPolicy([forgotten, declared]));
    }
}
