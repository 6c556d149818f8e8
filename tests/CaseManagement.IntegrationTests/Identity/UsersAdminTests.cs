using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Features.Organisations;
using CaseManagement.Directory.Features.Staff;
using CaseManagement.Identity.Features.ManageClients;
using CaseManagement.Identity.Features.ManageUsers;
using CaseManagement.Identity.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Identity;

/// <summary>An administrator of Ba Tơ district (535) manages the accounts of Ba Tơ, and only those.</summary>
public abstract class UsersAdminTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        await host.ResetAsync();
        await IdentityScenario.LoadUnitsAsync(host);
        admin = await host.ClientForAsync(Roles.Admin, "535");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Creates_a_user_who_can_then_sign_in_and_lists_the_users_of_a_unit()
    {
        var userName = "ba.to.worker." + Guid.NewGuid().ToString("N")[..6];
        using var created = await admin.PostAsJsonAsync("/api/identity/users",
            new CreateUserRequest(userName, "Đinh Thị Hoa", "21484", [Roles.SocialWorker], "Hoa@Secure2026"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await created.ReadAsync<UserResponse>();
        Assert.Equal("21484", user.UnitCode);
        Assert.Equal([Roles.SocialWorker], user.Roles);
        Assert.Equal(HttpStatusCode.OK, (await host.Accounts.RequestTokenAsync(userName, "Hoa@Secure2026")).StatusCode);

        var ofTownship = await (await admin.GetAsync("/api/identity/users?unitCode=21484")).ReadAsync<List<UserResponse>>();
        Assert.Contains(ofTownship, u => u.UserName == userName);
        var ofDistrict = await (await admin.GetAsync("/api/identity/users?unitCode=535")).ReadAsync<List<UserResponse>>();
        Assert.DoesNotContain(ofDistrict, u => u.UserName == userName);
        var withSubunits = await (await admin.GetAsync("/api/identity/users?unitCode=535&includeSubunits=true")).ReadAsync<List<UserResponse>>();
        Assert.Contains(withSubunits, u => u.UserName == userName);
    }

    [Fact]
    public async Task Refuses_bad_input_with_field_errors_and_units_outside_the_jurisdiction()
    {
        using var response = await admin.PostAsJsonAsync("/api/identity/users",
            new CreateUserRequest("có dấu", "", "21025", ["Superuser"], "short"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).Errors();
        Assert.Equal(["fullName", "password", "roles", "userName"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Vai trò không hợp lệ: Superuser.", errors["roles"].Single());

        using var outside = await admin.PostAsJsonAsync("/api/identity/users",
            new CreateUserRequest("nguyen.nghiem.worker", "Lê Văn Tâm", "21025", [Roles.SocialWorker], "Tam@Secure2026"));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Equal("Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản lý của bạn.", (await outside.ReadJsonAsync()).Errors()["unitCode"].Single());
    }

    [Fact]
    public async Task An_operator_registers_an_integration_that_then_signs_in_with_its_one_time_secret()
    {
        var clientId = "hotline-ba-to-" + Guid.NewGuid().ToString("N")[..6];
        using var registered = await admin.PostAsJsonAsync("/api/identity/clients",
            new RegisterClientRequest(clientId, "Tổng đài 111 (Ba Tơ)", [Roles.HotlineOperator], "21484"));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var secret = (await registered.ReadAsync<RegisteredClient>()).ClientSecret;

        using var anonymous = host.CreateClient();
        using var token = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "casemanagement.api",
        }));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        var listed = await (await admin.GetAsync("/api/identity/clients")).ReadAsync<List<ClientResponse>>();
        var found = listed.Single(c => c.ClientId == clientId);
        Assert.Equal(("Tổng đài 111 (Ba Tơ)", "21484"), (found.DisplayName, found.UnitCode));
        Assert.Equal([Roles.HotlineOperator], found.Roles);
        Assert.DoesNotContain(secret, await (await admin.GetAsync("/api/identity/clients")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var duplicate = await admin.PostAsJsonAsync("/api/identity/clients",
            new RegisterClientRequest(clientId, "Again", [Roles.HotlineOperator], "21484"));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
    }

    [Fact]
    public async Task Links_an_account_to_one_staff_member_of_the_jurisdiction()
    {
        using var directoryAdmin = await host.ClientForAsync(Roles.Admin, "51");
        var officer = await CreateStaffAsync(directoryAdmin, "21484", "Phạm Thị Lan", "ChildProtectionOfficer");
        var outsider = await CreateStaffAsync(directoryAdmin, "21025", "Lê Văn Tâm", "ChildProtectionOfficer");
        await host.DrainOutboxAsync();
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<IdentityDbContext>().Staff.CountAsync()) == 2,
            "Identity has its copy of the staff");
        var first = await IdentityScenario.CreateUserAsync(host, Roles.SocialWorker, "21484");
        var second = await IdentityScenario.CreateUserAsync(host, Roles.SocialWorker, "21484");

        using var linked = await admin.PutAsJsonAsync($"/api/identity/users/{first}/staff", new LinkStaffRequest(officer));
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(new LinkedStaff(officer, "Phạm Thị Lan", StaffFunction.ChildProtectionOfficer, "21484", Active: true),
            (await linked.ReadAsync<UserResponse>()).Staff);
        Assert.Equal(officer, (await (await admin.GetAsync($"/api/identity/users/{first}")).ReadAsync<UserResponse>()).Staff?.StaffId);

        using var taken = await admin.PutAsJsonAsync($"/api/identity/users/{second}/staff", new LinkStaffRequest(officer));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Equal("Cán bộ này đã được liên kết với một tài khoản khác.", (await taken.ReadJsonAsync()).GetProperty("detail").GetString());
        using var outside = await admin.PutAsJsonAsync($"/api/identity/users/{second}/staff", new LinkStaffRequest(outsider));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("staffId", (await outside.ReadJsonAsync()).Errors().Keys);

        using var unlinked = await admin.PutAsJsonAsync($"/api/identity/users/{first}/staff", new LinkStaffRequest(null));
        Assert.Null((await unlinked.ReadAsync<UserResponse>()).Staff);
        using var relinked = await admin.PutAsJsonAsync($"/api/identity/users/{second}/staff", new LinkStaffRequest(officer));
        Assert.Equal(HttpStatusCode.OK, relinked.StatusCode);
    }

    [Fact]
    public async Task Me_tells_a_person_their_name_unit_roles_what_they_may_do_and_their_staff_record()
    {
        using var directoryAdmin = await host.ClientForAsync(Roles.Admin, "51");
        var officer = await CreateStaffAsync(directoryAdmin, "21484", "Phạm Thị Lan", "ChildProtectionOfficer");
        await host.DrainOutboxAsync();
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<IdentityDbContext>().Staff.CountAsync()) == 1,
            "Identity has its copy of the staff");
        using var worker = await host.Accounts.ClientForStaffAsync(Roles.SocialWorker, "21484", officer);
        using var chair = await host.ClientForAsync(Roles.CommuneChair, "21484");

        var me = await (await worker.GetAsync("/api/identity/me")).ReadAsync<CaseManagement.Identity.Features.Me.MeResponse>();
        Assert.Equal(("21484", "Thị trấn Ba Tơ"), (me.Unit!.Code, me.Unit.Name));
        Assert.Equal([Roles.SocialWorker], me.Roles);
        Assert.Contains(Capabilities.CasesWrite, me.Capabilities);
        Assert.DoesNotContain(Capabilities.CasesDecide, me.Capabilities);
        Assert.Equal((officer, "Phạm Thị Lan", "ChildProtectionOfficer"), (me.Staff!.StaffId, me.Staff.FullName, me.Staff.Function));
        var chairs = await (await chair.GetAsync("/api/identity/me")).ReadAsync<CaseManagement.Identity.Features.Me.MeResponse>();
        Assert.Contains(Capabilities.CasesDecide, chairs.Capabilities);
        Assert.Null(chairs.Staff);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/identity/me")).StatusCode);
    }

    [Fact]
    public async Task Colleagues_are_the_open_accounts_of_the_callers_own_unit_with_names_and_roles_only()
    {
        var mine = await IdentityScenario.CreateUserAsync(host, Roles.SocialWorker, "21484");
        var locked = await IdentityScenario.CreateUserAsync(host, Roles.SocialWorker, "21484");
        var elsewhere = await IdentityScenario.CreateUserAsync(host, Roles.SocialWorker, "21025");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/identity/users/{locked}/lock", null)).StatusCode);
        using var worker = await host.ClientForAsync(Roles.SocialWorker, "21484");

        using var response = await worker.GetAsync("/api/identity/colleagues");
        var body = await response.ReadJsonAsync();
        var colleagues = body.Deserialize<List<CaseManagement.Identity.Features.Colleagues.Colleague>>(HttpExtensions.Json)!;
        Assert.Contains(colleagues, c => c.Id == mine && c.Roles.SequenceEqual([Roles.SocialWorker]));
        Assert.DoesNotContain(colleagues, c => c.Id == locked || c.Id == elsewhere);
        // Names and roles, nothing that would let a colleague be reached or signed in as.
        Assert.Equal(["fullName", "id", "roles"], body[0].EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        using var collaborator = await host.ClientForAsync(Roles.Collaborator, "21484");
        Assert.Equal(HttpStatusCode.Forbidden, (await collaborator.GetAsync("/api/identity/colleagues")).StatusCode);
    }

    private static async Task<Guid> CreateStaffAsync(HttpClient directoryAdmin, string unitCode, string name, string function)
    {
        using var organisation = await directoryAdmin.PostAsJsonAsync("/api/directory/organisations", new OrganisationRequest(
            "UBND " + unitCode, "PeoplesCommittee", unitCode, null, null, null, null, null, null, null, null, [], null));
        Assert.Equal(HttpStatusCode.Created, organisation.StatusCode);
        var organisationId = (await organisation.ReadAsync<OrganisationResponse>()).Id;
        using var staff = await directoryAdmin.PostAsJsonAsync("/api/directory/staff", new StaffRequest(
            name, organisationId, unitCode, null, function, null, null, null, null, null, null));
        Assert.Equal(HttpStatusCode.Created, staff.StatusCode);
        return (await staff.ReadAsync<StaffResponse>()).Id;
    }

    [Theory]
    [InlineData("lock")]
    [InlineData("unit")]
    [InlineData("roles")]
    public async Task A_token_stops_working_as_soon_as_its_account_is_locked_moved_or_given_other_roles(string change)
    {
        var userName = await host.Accounts.CreateUserAsync(Roles.SocialWorker, "21484");
        using var signedIn = await host.Accounts.RequestTokenAsync(userName, TestAccounts.Password);
        var token = (await signedIn.ReadJsonAsync()).GetProperty("access_token").GetString();
        using var user = host.CreateClient();
        user.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/cases/work-list")).StatusCode);
        var id = (await (await admin.GetAsync("/api/identity/users?unitCode=21484")).ReadAsync<List<UserResponse>>()).Single(u => u.UserName == userName).Id;

        using var changed = change switch
        {
            "lock" => await admin.PostAsync($"/api/identity/users/{id}/lock", null),
            "unit" => await admin.PutAsJsonAsync($"/api/identity/users/{id}/unit", new MoveUserRequest("535")),
            _ => await admin.PutAsJsonAsync($"/api/identity/users/{id}/roles", new SetRolesRequest([Roles.Collaborator])),
        };
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/cases/work-list")).StatusCode);
    }

    [Fact]
    public async Task Locking_stops_sign_in_unlocking_and_a_password_reset_restore_it()
    {
        var userName = await host.Accounts.CreateUserAsync(Roles.Collaborator, "21484");
        var users = await (await admin.GetAsync("/api/identity/users?unitCode=21484")).ReadAsync<List<UserResponse>>();
        var id = users.Single(u => u.UserName == userName).Id;

        Assert.True((await (await admin.PostAsync($"/api/identity/users/{id}/lock", null)).ReadAsync<UserResponse>()).LockedOut);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Accounts.RequestTokenAsync(userName, TestAccounts.Password)).StatusCode);

        Assert.False((await (await admin.PostAsync($"/api/identity/users/{id}/unlock", null)).ReadAsync<UserResponse>()).LockedOut);
        using var reset = await admin.PostAsJsonAsync($"/api/identity/users/{id}/password", new ResetPasswordRequest("Fresh@Passw0rd"));
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Accounts.RequestTokenAsync(userName, TestAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Accounts.RequestTokenAsync(userName, "Fresh@Passw0rd")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UsersAdminOnSqlite(SqliteHost host) : UsersAdminTests(host);

[Collection(PostgresCollection.Name)]
public sealed class UsersAdminOnPostgres(PostgresRabbitHost host) : UsersAdminTests(host);
