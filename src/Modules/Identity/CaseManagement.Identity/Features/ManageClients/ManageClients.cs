using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Identity.Features.SignIn;
using CaseManagement.Identity.Features.ManageUsers;
using CaseManagement.Identity.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CaseManagement.Identity.Features.ManageClients;

public sealed record RegisterClientRequest(string? ClientId, string? DisplayName, IReadOnlyList<string>? Roles, string? UnitCode);

/// <summary>The secret is shown once, at registration; only its hash is stored.</summary>
public sealed record RegisteredClient(string ClientId, string ClientSecret);

public sealed record ClientResponse(string ClientId, string? DisplayName, IReadOnlyList<string> Roles, string? UnitCode);

internal sealed partial class RegisterClientRequestValidator : AbstractValidator<RegisterClientRequest>
{
    public RegisterClientRequestValidator()
    {
        RuleFor(r => r.ClientId).Must(id => id is not null && ClientIdPattern().IsMatch(id))
            .WithMessage(_ => IdentityText.Messages["Clients.IdInvalid"]);
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(200).WithMessage(_ => IdentityText.Messages["Clients.NameRequired"]);
        RuleFor(r => r.Roles).ValidRoles();
        RuleFor(r => r.UnitCode).NotEmpty().WithMessage(_ => IdentityText.Messages["Users.UnitOutside"]);
    }

    [GeneratedRegex("^[a-zA-Z0-9.-]{3,64}$")]
    private static partial Regex ClientIdPattern();
}

/// <summary><c>/api/identity/clients</c>: system integrations (client credentials) registered by an
/// operator, with the roles and the unit their tokens carry.</summary>
internal static class ManageClientsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity/clients").WithTags("Clients").RequireAuthorization(Capabilities.SystemAdmin);
        group.MapGet("/", ListAsync).WithName("ListClients").WithSummary("Ứng dụng tích hợp / Integration clients");
        group.MapPost("/", RegisterAsync).WithName("RegisterClient")
            .WithSummary("Đăng ký ứng dụng tích hợp / Register an integration client")
            .Validate<RegisterClientRequest>().Audited("client", "create");
    }

    private static async Task<Ok<List<ClientResponse>>> ListAsync(IOpenIddictApplicationManager applications, CancellationToken ct)
    {
        var result = new List<ClientResponse>();
        await foreach (var application in applications.ListAsync(count: 500, offset: 0, ct))
        {
            if (await applications.GetClientTypeAsync(application, ct) != ClientTypes.Confidential)
            {
                continue;
            }

            var properties = await applications.GetPropertiesAsync(application, ct);
            result.Add(new ClientResponse(
                (await applications.GetClientIdAsync(application, ct))!,
                await applications.GetDisplayNameAsync(application, ct),
                properties.TryGetValue(ClientProperties.Roles, out var roles) ? roles.Deserialize<string[]>()! : [],
                properties.TryGetValue(ClientProperties.Unit, out var unit) ? unit.GetString() : null));
        }

        return TypedResults.Ok(result);
    }

    private static async Task<Created<RegisteredClient>> RegisterAsync(
        RegisterClientRequest request, IOpenIddictApplicationManager applications, IdentityDbContext db,
        Jurisdiction<IdentityDbContext> jurisdiction, CancellationToken ct)
    {
        if (!await jurisdiction.CoversAsync(request.UnitCode, ct) || !await db.Units.AnyAsync(u => u.Code == request.UnitCode, ct))
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["unitCode"] = [IdentityText.Messages["Users.UnitOutside"]] });
        }

        if (await applications.FindByClientIdAsync(request.ClientId!, ct) is not null)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["clientId"] = [IdentityText.Messages["Clients.Exists"]] });
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = request.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = request.DisplayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + IdentityModule.ApiScope },
            Properties =
            {
                [ClientProperties.Roles] = ClientProperties.ToJson(request.Roles!.Distinct().ToArray()),
                [ClientProperties.Unit] = ClientProperties.ToJson(request.UnitCode),
            },
        }, ct);
        return TypedResults.Created($"/api/identity/clients/{request.ClientId}", new RegisteredClient(request.ClientId!, secret));
    }
}
