using CaseManagement.BuildingBlocks.Outbox;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Identity.Accounts;
using CaseManagement.Identity.Persistence;
using CaseManagement.Identity.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Features.ManageUsers;

/// <summary>User administration, always inside the caller's jurisdiction: a user whose unit lies
/// outside it is answered as not found, and nobody can be placed in a unit outside it. Each change is
/// one transaction with the account's <see cref="Contracts.UserAccountChanged"/> in the outbox.</summary>
internal sealed class ManageUsersHandler(
    IdentityDbContext db, UserManager<User> users, Jurisdiction<IdentityDbContext> jurisdiction, ICurrentUser caller, AccountStamps stamps,
    AccountEvents events, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserResponse>> ListAsync(string? unitCode, bool includeSubunits, CancellationToken ct)
    {
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var query = db.Users.AsNoTracking().WithinJurisdiction(visible, u => u.UnitCode);
        if (unitCode is not null)
        {
            var units = includeSubunits ? (await jurisdiction.SubtreeAsync(unitCode, ct)).ToList() : [unitCode];
            query = query.Where(u => units.Contains(u.UnitCode));
        }

        var found = await query.OrderBy(u => u.UserName).Take(1000).ToListAsync(ct);
        var result = new List<UserResponse>(found.Count);
        foreach (var user in found)
        {
            result.Add(await ToResponseAsync(user));
        }

        return result;
    }

    public async Task<UserResponse> GetAsync(Guid id, CancellationToken ct) => await ToResponseAsync(await FindAsync(id, ct));

    public async Task<UserResponse> CreateAsync(CreateUserRequest request, CancellationToken ct)
    {
        await RequireUnitAsync(request.UnitCode!, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new User { UserName = request.UserName, FullName = request.FullName!, UnitCode = request.UnitCode!, LockoutEnabled = true };
        Check(await users.CreateAsync(user, request.Password!), "userName");
        Check(await users.AddToRolesAsync(user, request.Roles!.Distinct()), "roles");
        await events.QueueAsync(user);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await ToResponseAsync(user);
    }

    public async Task<UserResponse> SetRolesAsync(Guid id, SetRolesRequest request, CancellationToken ct)
    {
        var user = await FindAsync(id, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(request.Roles!)), "roles");
        Check(await users.AddToRolesAsync(user, request.Roles!.Except(current).Distinct()), "roles");
        await ChangedAsync(user, transaction, ct);
        return await ToResponseAsync(user);
    }

    public async Task<UserResponse> MoveAsync(Guid id, MoveUserRequest request, CancellationToken ct)
    {
        var user = await FindAsync(id, ct);
        await RequireUnitAsync(request.UnitCode!, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.UnitCode = request.UnitCode!;
        Check(await users.UpdateAsync(user), "unitCode");
        await ChangedAsync(user, transaction, ct);
        return await ToResponseAsync(user);
    }

    /// <summary>Links the account to a staff member of the caller's jurisdiction, who must not be
    /// linked to another account; <c>null</c> removes the link.</summary>
    public async Task<UserResponse> LinkStaffAsync(Guid id, LinkStaffRequest request, CancellationToken ct)
    {
        var user = await FindAsync(id, ct);
        if (request.StaffId is { } staffId)
        {
            var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.StaffId == staffId, ct);
            if (staff is null || !await jurisdiction.CoversAsync(staff.UnitCode, ct))
            {
                throw new RequestValidationException(new Dictionary<string, string[]> { ["staffId"] = [IdentityText.Messages["Users.StaffUnknown"]] });
            }

            if (await db.Users.AnyAsync(u => u.StaffId == staffId && u.Id != user.Id, ct))
            {
                throw new BusinessRuleException("users.staff_already_linked", IdentityText.Messages["Users.StaffAlreadyLinked"]);
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.StaffId = request.StaffId;
        Check(await users.UpdateAsync(user), "staffId");
        await ChangedAsync(user, transaction, ct);
        return await ToResponseAsync(user);
    }

    public async Task<UserResponse> LockAsync(Guid id, bool locked, CancellationToken ct)
    {
        var user = await FindAsync(id, ct);
        if (locked && user.Id.ToString() == caller.Id)
        {
            throw new BusinessRuleException("users.cannot_lock_self", IdentityText.Messages["Users.CannotLockSelf"]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.SetLockoutEnabledAsync(user, true), "id");
        Check(await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null), "id");
        if (!locked)
        {
            Check(await users.ResetAccessFailedCountAsync(user), "id");
        }

        await ChangedAsync(user, transaction, ct);
        return await ToResponseAsync(user);
    }

    public async Task ResetPasswordAsync(Guid id, ResetPasswordRequest request, CancellationToken ct)
    {
        var user = await FindAsync(id, ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, request.NewPassword!), "newPassword");
        stamps.Forget(user.Id); // Resetting the password changed the stamp.
    }

    /// <summary>Tokens issued before the change no longer pass: the stamp changes, and this instance checks it at once.
    /// The other modules learn the account as it now is, in the same transaction.</summary>
    private async Task ChangedAsync(User user, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken ct)
    {
        Check(await users.UpdateSecurityStampAsync(user), "id");
        await events.QueueAsync(user);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        stamps.Forget(user.Id);
    }

    /// <summary>One user, if inside the caller's jurisdiction; otherwise not found, as if absent.</summary>
    private async Task<User> FindAsync(Guid id, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        return user is not null && await jurisdiction.CoversAsync(user.UnitCode, ct)
            ? user
            : throw new NotFoundException("users.not_found", IdentityText.Messages["Users.NotFound"]);
    }

    private async Task RequireUnitAsync(string unitCode, CancellationToken ct)
    {
        if (!await jurisdiction.CoversAsync(unitCode, ct) || !await db.Units.AnyAsync(u => u.Code == unitCode, ct))
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["unitCode"] = [IdentityText.Messages["Users.UnitOutside"]] });
        }
    }

    private async Task<UserResponse> ToResponseAsync(User user) => new(
        user.Id, user.UserName!, user.FullName, user.UnitCode, [.. await users.GetRolesAsync(user)],
        user.LockoutEnd is { } end && end > clock.GetUtcNow(), user.LockoutEnd, await LinkedStaffAsync(user.StaffId));

    private async Task<LinkedStaff?> LinkedStaffAsync(Guid? staffId)
    {
        var staff = staffId is { } id ? await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.StaffId == id) : null;
        return staff is null
            ? null
            : new LinkedStaff(staff.StaffId, staff.FullName, staff.Function, staff.UnitCode, staff.IsActiveOn(VietnamTime.DateOf(clock.GetUtcNow())));
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            // A name already taken is a conflict with an existing user, not a mistake in the form.
            if (result.Errors.Any(e => e.Code == "DuplicateUserName"))
            {
                throw new ConflictException("user.duplicate_name", IdentityText.Messages["Users.DuplicateUserName"]);
            }

            var messages = result.Errors.Select(e => e.Code switch
            {
                "DuplicateUserName" => IdentityText.Messages["Users.DuplicateUserName"],
                var c when c.StartsWith("Password", StringComparison.Ordinal) => IdentityText.Messages["Users.PasswordPolicy"],
                _ => e.Description,
            }).Distinct().ToArray();
            throw new RequestValidationException(new Dictionary<string, string[]> { [field] = messages });
        }
    }
}
