using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Identity.Features.SignIn;
using CaseManagement.Identity.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CaseManagement.IntegrationTests.Identity;

/// <summary>Real token flows against /connect/token and the sign-in page; lockout; sign-in audit.</summary>
public abstract partial class SignInTests(CaseManagementHost host) : IAsyncLifetime
{
    public Task InitializeAsync() => host.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_password_grant_token_opens_the_API_and_nothing_else_does()
    {
        var userName = await host.Accounts.CreateUserAsync(Roles.SocialWorker, "51");
        using var response = await host.Accounts.RequestTokenAsync(userName, TestAccounts.Password);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());

        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/directory/units")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/directory/units")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString() + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/directory/units")).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token_until_the_account_is_locked()
    {
        var userName = await host.Accounts.CreateUserAsync(Roles.Manager, "51");
        var first = await (await host.Accounts.RequestTokenAsync(userName, TestAccounts.Password)).Content.ReadFromJsonAsync<JsonElement>();
        var refreshToken = first.GetProperty("refresh_token").GetString()!;

        using var refreshed = await RefreshAsync(refreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var second = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(first.GetProperty("access_token").GetString(), second.GetProperty("access_token").GetString());

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IdentityDbContext>();
            return await db.Users.Where(u => u.UserName == userName)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue));
        });
        using var refused = await RefreshAsync(second.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("invalid_grant", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_system_integration_signs_in_with_client_credentials_and_gets_its_roles()
    {
        var clientId = "hotline-" + Guid.NewGuid().ToString("N")[..8];
        await host.InScopeAsync(async sp => await sp.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = "Integration@Secret1",
            ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + "casemanagement.api" },
            Properties =
            {
                [ClientProperties.Roles] = ClientProperties.ToJson(new[] { Roles.HotlineOperator }),
                [ClientProperties.Unit] = ClientProperties.ToJson("51"),
            },
        }));
        using var anonymous = host.CreateClient();
        using var response = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = "Integration@Secret1", ["scope"] = "casemanagement.api",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/directory/units")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/identity/users")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_every_attempt_is_audited()
    {
        var userName = await host.Accounts.CreateUserAsync(Roles.SocialWorker, "51");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await host.Accounts.RequestTokenAsync(userName, "Wrong@Password1");
            var error = await wrong.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
        }

        using var locked = await host.Accounts.RequestTokenAsync(userName, TestAccounts.Password);
        var lockedError = await locked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.StartsWith("Tài khoản tạm thời bị khóa", lockedError.GetProperty("error_description").GetString(), StringComparison.Ordinal);

        var outcomes = await host.InScopeAsync(sp => sp.GetRequiredService<IdentityDbContext>().AuditEntries
            .Where(e => e.ResourceType == "session" && e.ResourceId == userName).OrderBy(e => e.Id).Select(e => e.Outcome).ToListAsync());
        Assert.Equal([.. Enumerable.Repeat("denied", 4), "locked_out", "locked_out"], outcomes);
    }

    [Fact]
    public async Task The_web_UI_signs_in_with_the_authorization_code_flow_and_PKCE()
    {
        var userName = await host.Accounts.CreateUserAsync(Roles.CommuneChair, "51");
        using var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var authorize = "/connect/authorize?client_id=casemanagement-dev&response_type=code&scope=openid%20casemanagement.api"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A5080%2Fsignin-callback&code_challenge=" + challenge + "&code_challenge_method=S256&state=xyz";

        using var toSignIn = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        Assert.StartsWith("/account/sign-in", toSignIn.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var page = await browser.GetAsync(toSignIn.Headers.Location);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.Contains("Đăng nhập", html, StringComparison.Ordinal);
        var returnUrl = WebUtility.HtmlDecode(HiddenField("returnUrl").Match(html).Groups[1].Value);
        using var posted = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenField("__RequestVerificationToken").Match(html).Groups[1].Value,
            ["returnUrl"] = returnUrl, ["userName"] = userName, ["password"] = TestAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        using var withCode = await browser.GetAsync(posted.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        var callback = withCode.Headers.Location!;
        Assert.Equal("/signin-callback", callback.AbsolutePath);
        var code = Regex.Match(callback.Query, "code=([^&]+)").Groups[1].Value;

        using var tokens = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "casemanagement-dev", ["code"] = Uri.UnescapeDataString(code),
            ["code_verifier"] = verifier, ["redirect_uri"] = "http://localhost:5080/signin-callback",
        }));
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        Assert.True((await tokens.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("id_token", out _));
    }

    [Fact]
    public async Task The_sign_in_page_speaks_Vietnamese_even_to_an_English_browser_until_English_is_chosen()
    {
        using var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        Assert.Contains("<html lang=\"vi\">", await browser.GetStringAsync("/account/sign-in"), StringComparison.Ordinal);

        var html = await browser.GetStringAsync("/account/sign-in?culture=en");
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        using var posted = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenField("__RequestVerificationToken").Match(html).Groups[1].Value,
            ["userName"] = "nobody", ["password"] = "Wrong@Password1",
        }));
        Assert.True(posted.StatusCode == HttpStatusCode.OK, await posted.Content.ReadAsStringAsync());
        Assert.Contains("The user name or password is incorrect.", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discovery_lists_the_endpoints_and_in_testing_the_password_grant()
    {
        using var client = host.CreateClient();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Equal(["authorization_code", "client_credentials", "password", "refresh_token"], grants.Order(StringComparer.Ordinal));
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_plain_PKCE_challenge_is_refused()
    {
        using var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        using var response = await browser.GetAsync("/connect/authorize?client_id=casemanagement-dev&response_type=code&scope=openid"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A5080%2Fsignin-callback&code_challenge=" + verifier + "&code_challenge_method=plain&state=xyz");
        var location = response.Headers.Location?.ToString() ?? "";
        Assert.DoesNotContain("/account/sign-in", location, StringComparison.Ordinal);
        Assert.True(location.Contains("error=invalid_request", StringComparison.Ordinal) || response.StatusCode == HttpStatusCode.BadRequest,
            $"{(int)response.StatusCode} {location}");
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        var client = host.CreateClient();
        return client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "casemanagement-dev", ["refresh_token"] = refreshToken,
        }));
    }

    private static Regex HiddenField(string name) => new($"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
}

[Collection(SqliteCollection.Name)]
public sealed class SignInOnSqlite(SqliteHost host) : SignInTests(host);

[Collection(PostgresCollection.Name)]
public sealed class SignInOnPostgres(PostgresRabbitHost host) : SignInTests(host);
