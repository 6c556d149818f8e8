using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Identity.Features.ManageUsers;

/// <summary><c>/api/identity/users</c>: administrators manage the accounts of their jurisdiction.</summary>
internal static class ManageUsersEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity/users").WithTags("Users").RequireAuthorization(Capabilities.UsersAdmin);
        group.MapGet("/", async (string? unitCode, bool? includeSubunits, ManageUsersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(unitCode, includeSubunits ?? false, ct)))
            .WithName("ListUsers").WithSummary("Người dùng của một đơn vị / Users of a unit").Audited("user", "list");
        group.MapGet("/{id:guid}", async (Guid id, ManageUsersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetUser").WithSummary("Một người dùng / One user").ProducesProblem(StatusCodes.Status404NotFound).Audited("user", "read", "id");
        group.MapPost("/", async (CreateUserRequest request, ManageUsersHandler handler, CancellationToken ct) =>
            {
                var user = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/identity/users/{user.Id}", user);
            })
            .WithName("CreateUser").WithSummary("Tạo người dùng / Create a user").Validate<CreateUserRequest>().Audited("user", "create");
        group.MapPut("/{id:guid}/roles", async (Guid id, SetRolesRequest request, ManageUsersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.SetRolesAsync(id, request, ct)))
            .WithName("SetUserRoles").WithSummary("Gán vai trò / Assign roles").Validate<SetRolesRequest>().Audited("user", "set-roles", "id");
        group.MapPut("/{id:guid}/unit", async (Guid id, MoveUserRequest request, ManageUsersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.MoveAsync(id, request, ct)))
            .WithName("MoveUser").WithSummary("Chuyển đơn vị / Assign a unit").Validate<MoveUserRequest>().Audited("user", "set-unit", "id");
        group.MapPut("/{id:guid}/staff", async (Guid id, LinkStaffRequest request, ManageUsersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.LinkStaffAsync(id, request, ct)))
            .WithName("LinkUserStaff").WithSummary("Liên kết với cán bộ trong danh bạ / Link to a staff record")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).Audited("user", "link-staff", "id");
        group.MapPost("/{id:guid}/lock", async (Guid id, ManageUsersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.LockAsync(id, locked: true, ct)))
            .WithName("LockUser").WithSummary("Khóa tài khoản / Lock").Audited("user", "lock", "id");
        group.MapPost("/{id:guid}/unlock", async (Guid id, ManageUsersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.LockAsync(id, locked: false, ct)))
            .WithName("UnlockUser").WithSummary("Mở khóa tài khoản / Unlock").Audited("user", "unlock", "id");
        group.MapPost("/{id:guid}/password", async Task<NoContent> (Guid id, ResetPasswordRequest request, ManageUsersHandler handler, CancellationToken ct) =>
            {
                await handler.ResetPasswordAsync(id, request, ct);
                return TypedResults.NoContent();
            })
            .WithName("ResetUserPassword").WithSummary("Đặt lại mật khẩu / Reset the password").Validate<ResetPasswordRequest>().Audited("user", "reset-password", "id");
    }
}
