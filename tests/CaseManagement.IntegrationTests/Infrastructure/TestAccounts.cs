using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>Creates users through the Identity store and signs them in through the real token
/// endpoint (password grant, development client). Tokens are cached per role and unit.</summary>
public sealed class TestAccounts(CaseManagementHost host)
{
    public const string Password = "Test@Passw0rd";
    public const string DevClient = "casemanagement-dev";
    private readonly ConcurrentDictionary<(string Role, string Unit), Task<string>> tokens = new();

    public async Task<HttpClient> ClientForAsync(string role, string unitCode)
    {
        var token = await tokens.GetOrAdd((role, unitCode), key => SignInNewUserAsync(key.Role, key.Unit));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A new user linked to a Directory staff record (their organisation goes into the token),
    /// signed in; Identity must already hold its copy of the staff record.</summary>
    public async Task<HttpClient> ClientForStaffAsync(string role, string unitCode, Guid staffId)
    {
        var userName = await CreateUserAsync(role, unitCode, staffId);
        using var response = await RequestTokenAsync(userName, Password);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"Token request failed: {body}");
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>A new user with a unique name; returns the name.</summary>
    public async Task<string> CreateUserAsync(string role, string unitCode, Guid? staffId = null)
    {
        var userName = $"test.{role.ToLowerInvariant()}.{unitCode}.{Guid.NewGuid().ToString("N")[..12]}";
        await host.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = userName, FullName = "Test " + role, UnitCode = unitCode, LockoutEnabled = true, StaffId = staffId };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
            return user.Id;
        });
        return userName;
    }

    /// <summary>Posts a password-grant token request and returns the raw response.</summary>
    public async Task<HttpResponseMessage> RequestTokenAsync(string userName, string password, string scope = "casemanagement.api offline_access")
    {
        using var client = host.CreateClient();
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = DevClient,
            ["username"] = userName,
            ["password"] = password,
            ["scope"] = scope,
        }));
    }

    private async Task<string> SignInNewUserAsync(string role, string unitCode)
    {
        var userName = await CreateUserAsync(role, unitCode);
        using var response = await RequestTokenAsync(userName, Password);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"Token request failed: {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
