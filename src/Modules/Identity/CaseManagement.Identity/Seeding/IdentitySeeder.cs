using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Accounts;
using CaseManagement.Identity.Features.SignIn;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CaseManagement.Identity.Seeding;

/// <summary>Roles always; the development clients in Development and Testing; demo users when demo
/// data is enabled. Every step is idempotent.</summary>
internal sealed class IdentitySeeder(
    RoleManager<Role> roles,
    UserManager<User> users,
    IOpenIddictApplicationManager applications,
    AccountEvents events,
    Persistence.IdentityDbContext db)
{
    public const string DevClientId = "casemanagement-dev";
    public const string DemoIntegrationClientId = "demo.hotline-system";


    /// <summary>Demo users: one per role, commune roles in Phường Nguyễn Nghiêm, the manager,
    /// the hotline and the administrator at province level (since the 2025 reform communes report to the province).</summary>
    public static readonly IReadOnlyList<(string Role, string UnitCode, string FullName)> DemoUsers =
    [
        (Roles.SocialWorker, "21025", "Cán bộ bảo vệ trẻ em (demo)"),
        (Roles.CommuneChair, "21025", "Phó Chủ tịch UBND phường (demo)"),
        (Roles.PoliceLiaison, "21025", "Công an phường (demo)"),
        (Roles.HotlineOperator, "51", "Tổng đài viên 111 (demo)"),
        (Roles.Collaborator, "21025-TDP1", "Cộng tác viên tổ dân phố 1 (demo)"),
        (Roles.ServiceProvider, "21025", "Trạm y tế phường (demo)"),
        (Roles.Manager, "51", "Chuyên viên Sở Y tế (demo)"),
        (Roles.Admin, "51", "Quản trị hệ thống (demo)"),
    ];

    public static string DemoUserName(string role) => "demo." + role.ToLowerInvariant();

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new Role(role)));
            }
        }
    }

    /// <summary>The public client of the web UI and of scripts (password grant allowed here only
    /// because the server itself enables that grant in Development and Testing).</summary>
    public async Task EnsureDevelopmentClientsAsync(string integrationSecret, Uri baseAddress)
    {
        if (await applications.FindByClientIdAsync(DevClientId) is null)
        {
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = DevClientId,
                ClientType = ClientTypes.Public,
                DisplayName = "Case management (development)",
                RedirectUris = { new Uri(baseAddress, "signin-callback") },
                PostLogoutRedirectUris = { baseAddress },
                Permissions =
                {
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                    Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.GrantTypes.Password,
                    Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                    Permissions.Prefixes.Scope + IdentityModule.ApiScope,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            });
        }

        if (await applications.FindByClientIdAsync(DemoIntegrationClientId) is null)
        {
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = DemoIntegrationClientId,
                ClientSecret = integrationSecret,
                ClientType = ClientTypes.Confidential,
                DisplayName = "Tổng đài 111 (hệ thống, demo)",
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + IdentityModule.ApiScope },
                Properties =
                {
                    [ClientProperties.Roles] = ClientProperties.ToJson(new[] { Roles.HotlineOperator }),
                    [ClientProperties.Unit] = ClientProperties.ToJson("51"),
                },
            });
        }
    }

    /// <summary>The web application signs users in with the authorization code flow and PKCE, as a confidential
    /// client whose secret comes from configuration. Brought up to date on every start, so that a new secret or
    /// public address takes effect without touching the database.</summary>
    public async Task EnsureWebClientAsync(string secret, Uri baseAddress)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = WebClient.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Case management (web)",
            RedirectUris = { new Uri(baseAddress, "signin-oidc") },
            PostLogoutRedirectUris = { new Uri(baseAddress, "signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                Permissions.Prefixes.Scope + IdentityModule.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        if (await applications.FindByClientIdAsync(WebClient.ClientId) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor);
        }
        else
        {
            await applications.CreateAsync(descriptor);
        }
    }

    public async Task EnsureDemoUsersAsync(string password)
    {
        foreach (var (role, unitCode, fullName) in DemoUsers)
        {
            var userName = DemoUserName(role);
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new User { UserName = userName, FullName = fullName, UnitCode = unitCode, LockoutEnabled = true };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, role));
            await events.QueueAsync(user);
            await db.SaveChangesAsync();
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding identity failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
