using System.Text.RegularExpressions;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using FluentValidation;

namespace CaseManagement.Identity.Features.ManageUsers;

public sealed record UserResponse(
    Guid Id, string UserName, string FullName, string UnitCode, IReadOnlyList<string> Roles, bool LockedOut, DateTimeOffset? LockoutEnd,
    LinkedStaff? Staff = null);

/// <summary>The Directory staff record an account belongs to; <c>Active</c> is false once the
/// person's active period has ended.</summary>
public sealed record LinkedStaff(Guid StaffId, string FullName, StaffFunction Function, string UnitCode, bool Active);

/// <summary>Links an account to a Directory staff record, or unlinks it with <c>null</c>.</summary>
public sealed record LinkStaffRequest(Guid? StaffId);

public sealed record CreateUserRequest(string? UserName, string? FullName, string? UnitCode, IReadOnlyList<string>? Roles, string? Password);

public sealed record SetRolesRequest(IReadOnlyList<string>? Roles);

public sealed record MoveUserRequest(string? UnitCode);

public sealed record ResetPasswordRequest(string? NewPassword);

public static partial class UserRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidRoles<T>(this IRuleBuilderInitial<T, IReadOnlyList<string>?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => IdentityText.Messages["Users.RolesRequired"])
            .Must(roles => roles!.All(r => Roles.All.Contains(r)))
            .WithMessage((_, roles) => IdentityText.Messages.Get("Users.RoleUnknown", string.Join(", ", roles!.Where(r => !Roles.All.Contains(r)))));

    /// <summary>No password is longer: hashing a megabyte on every attempt would let anyone tie up the server.</summary>
    public const int MaxPasswordLength = 128;

    /// <summary>A sign-in with a password no account can have is refused before any hashing.</summary>
    public static bool IsPlausiblePassword(string? password) => password is { Length: > 0 and <= MaxPasswordLength };

    public static IRuleBuilderOptions<T, string?> ValidPassword<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().MinimumLength(10).MaximumLength(MaxPasswordLength)
            .Matches("[a-z]").Matches("[A-Z]").Matches("[0-9]").Matches("[^a-zA-Z0-9]")
            .WithMessage(_ => IdentityText.Messages["Users.PasswordPolicy"]);

    [GeneratedRegex("^[a-zA-Z0-9._-]{3,64}$")]
    internal static partial Regex UserNamePattern();
}

internal sealed class CreateUserRequestValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserRequestValidator()
    {
        RuleFor(r => r.UserName).Must(n => n is not null && UserRules.UserNamePattern().IsMatch(n))
            .WithMessage(_ => IdentityText.Messages["Users.UserNameInvalid"]);
        RuleFor(r => r.FullName).NotEmpty().MaximumLength(200).Must(RequestValues.IsName).WithMessage(_ => IdentityText.Messages["Users.FullNameRequired"]);
        RuleFor(r => r.UnitCode).NotEmpty().WithMessage(_ => IdentityText.Messages["Users.UnitOutside"]);
        RuleFor(r => r.Roles).ValidRoles();
        RuleFor(r => r.Password).ValidPassword();
    }
}

internal sealed class SetRolesRequestValidator : AbstractValidator<SetRolesRequest>
{
    public SetRolesRequestValidator() => RuleFor(r => r.Roles).ValidRoles();
}

internal sealed class MoveUserRequestValidator : AbstractValidator<MoveUserRequest>
{
    public MoveUserRequestValidator() => RuleFor(r => r.UnitCode).NotEmpty().WithMessage(_ => IdentityText.Messages["Users.UnitOutside"]);
}

internal sealed class ResetPasswordRequestValidator : AbstractValidator<ResetPasswordRequest>
{
    public ResetPasswordRequestValidator() => RuleFor(r => r.NewPassword).ValidPassword();
}
