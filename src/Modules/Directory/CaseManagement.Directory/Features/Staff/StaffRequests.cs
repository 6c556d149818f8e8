using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Features.Organisations;
using FluentValidation;

namespace CaseManagement.Directory.Features.Staff;

/// <summary>A member of staff as a whole, to create or to replace; <see cref="VillageCode"/> for a
/// village collaborator; <see cref="Version"/> (on update) detects a concurrent edit.</summary>
public sealed record StaffRequest(
    string FullName,
    Guid OrganisationId,
    string UnitCode,
    string? Position,
    string Function,
    string? VillageCode,
    string? Phone,
    string? Email,
    string? ActiveFrom,
    string? ActiveTo,
    int? Version)
{
    internal StaffDetails ToDetails() => new(
        FullName.Trim(), OrganisationId, UnitCode, Position?.Trim(), RequestValues.ParseCode<StaffFunction>(Function)!.Value,
        VillageCode, Phone, Email, new ActivePeriod(RequestValues.ParseDate(ActiveFrom), RequestValues.ParseDate(ActiveTo)));
}

public sealed record StaffResponse(
    Guid Id,
    string FullName,
    Guid OrganisationId,
    string UnitCode,
    string? Position,
    StaffFunction Function,
    string? VillageCode,
    string? Phone,
    string? Email,
    DateOnly? ActiveFrom,
    DateOnly? ActiveTo,
    int Version)
{
    internal static StaffResponse From(StaffMember s) => new(
        s.Id, s.FullName, s.OrganisationId, s.UnitCode, s.Position, s.Function, s.VillageCode, s.Phone, s.Email, s.Active.From, s.Active.To, s.Version);
}

internal sealed class StaffRequestValidator : AbstractValidator<StaffRequest>
{
    public StaffRequestValidator()
    {
        RuleFor(r => r.FullName).NotEmpty().MaximumLength(200).Must(RequestValues.IsName).WithMessage(_ => DirectoryText.Messages["staff.name_invalid"]);
        RuleFor(r => r.OrganisationId).NotEmpty().WithMessage(_ => DirectoryText.Messages["staff.organisation_required"]);
        RuleFor(r => r.UnitCode).NotEmpty().WithMessage(_ => DirectoryText.Messages["unit.code_required"]);
        RuleFor(r => r.Function).Must(f => RequestValues.ParseCode<StaffFunction>(f) is not null)
            .WithMessage(_ => DirectoryText.Messages.Get("staff.function_invalid", RequestValues.CodesOf<StaffFunction>()));
        RuleFor(r => r.VillageCode).NotEmpty()
            .When(r => string.Equals(r.Function, nameof(StaffFunction.VillageCollaborator), StringComparison.OrdinalIgnoreCase))
            .WithMessage(_ => DirectoryText.Messages["staff.village_required"]);
        RuleFor(r => r.Position).MaximumLength(200).WithMessage(_ => DirectoryText.Messages["staff.position_too_long"]);
        RuleFor(r => r.Email).EmailAddress().When(r => !string.IsNullOrEmpty(r.Email)).WithMessage(_ => DirectoryText.Messages["contact.email_invalid"]);
        RuleFor(r => r.Phone).Matches(@"^[0-9+() .-]{3,40}$").When(r => !string.IsNullOrEmpty(r.Phone)).WithMessage(_ => DirectoryText.Messages["contact.phone_invalid"]);
        RuleFor(r => r.ActiveFrom).Must(RequestValues.IsDate).WithMessage(_ => DirectoryText.Messages["unit.date_invalid"]);
        RuleFor(r => r.ActiveTo).Must(RequestValues.IsDate).WithMessage(_ => DirectoryText.Messages["unit.date_invalid"])
            .Must((r, to) => RequestValues.InOrder(r.ActiveFrom, to)).WithMessage(_ => DirectoryText.Messages["unit.validity_reversed"]);
    }
}
