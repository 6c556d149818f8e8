using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Domain;
using CaseManagement.Directory.Features.Calendar;
using FluentValidation;

namespace CaseManagement.Directory.Features.Organisations;

/// <summary>An organisation as a whole, to create or to replace. Types and dates are text so that a
/// bad value is a field error; <see cref="Version"/> (on update) detects a concurrent edit.</summary>
public sealed record OrganisationRequest(
    string Name,
    string Type,
    string UnitCode,
    IReadOnlyList<string>? ServedUnitCodes,
    string? Address,
    string? Phone,
    string? Email,
    string? ContactPerson,
    string? Hours,
    string? ActiveFrom,
    string? ActiveTo,
    IReadOnlyList<ServiceRequest>? Services,
    int? Version)
{
    internal OrganisationDetails ToDetails() => new(
        Name.Trim(),
        RequestValues.ParseCode<OrganisationType>(Type)!.Value,
        UnitCode,
        ServedUnitCodes ?? [],
        new OrganisationContact(Address, Phone, Email, ContactPerson, Hours),
        new ActivePeriod(RequestValues.ParseDate(ActiveFrom), RequestValues.ParseDate(ActiveTo)),
        [.. (Services ?? []).Select(s => s.ToDetails())]);
}

/// <summary>A service of the organisation; <see cref="Id"/> names an existing one to change.</summary>
public sealed record ServiceRequest(Guid? Id, string Type, string Name, string? EligibilityNotes, int? Capacity, bool Available24x7, bool? Active)
{
    internal ServiceDetails ToDetails() =>
        new(Id, RequestValues.ParseCode<ServiceType>(Type)!.Value, Name.Trim(), EligibilityNotes, Capacity, Available24x7, Active ?? true);
}

public sealed record ServiceResponse(Guid Id, ServiceType Type, string Name, string? EligibilityNotes, int? Capacity, bool Available24x7, bool Active);

public sealed record OrganisationResponse(
    Guid Id,
    string Name,
    OrganisationType Type,
    string UnitCode,
    IReadOnlyList<string> ServedUnitCodes,
    OrganisationContact Contact,
    DateOnly? ActiveFrom,
    DateOnly? ActiveTo,
    IReadOnlyList<ServiceResponse> Services,
    int Version)
{
    internal static OrganisationResponse From(Organisation o) => new(
        o.Id, o.Name, o.Type, o.UnitCode, o.ServedUnitCodes, o.Contact, o.Active.From, o.Active.To,
        [.. o.Services.Select(s => new ServiceResponse(s.Id, s.Type, s.Name, s.EligibilityNotes, s.Capacity, s.Available24x7, s.Active))],
        o.Version);
}

/// <summary>Optional yyyy-MM-dd dates of requests.</summary>
internal sealed class OrganisationRequestValidator : AbstractValidator<OrganisationRequest>
{
    public OrganisationRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(300).Must(RequestValues.IsName).WithMessage(_ => DirectoryText.Messages["organisation.name_invalid"]);
        RuleFor(r => r.Type).Must(t => RequestValues.ParseCode<OrganisationType>(t) is not null)
            .WithMessage(_ => DirectoryText.Messages.Get("organisation.type_invalid", RequestValues.CodesOf<OrganisationType>()));
        RuleFor(r => r.UnitCode).NotEmpty().WithMessage(_ => DirectoryText.Messages["unit.code_required"]);
        RuleFor(r => r.Email).EmailAddress().When(r => !string.IsNullOrEmpty(r.Email)).WithMessage(_ => DirectoryText.Messages["contact.email_invalid"]);
        RuleFor(r => r.Phone).Matches(@"^[0-9+() .-]{3,40}$").When(r => !string.IsNullOrEmpty(r.Phone)).WithMessage(_ => DirectoryText.Messages["contact.phone_invalid"]);
        RuleFor(r => r.ActiveFrom).Must(RequestValues.IsDate).WithMessage(_ => DirectoryText.Messages["unit.date_invalid"]);
        RuleFor(r => r.ActiveTo).Must(RequestValues.IsDate).WithMessage(_ => DirectoryText.Messages["unit.date_invalid"])
            .Must((r, to) => RequestValues.InOrder(r.ActiveFrom, to)).WithMessage(_ => DirectoryText.Messages["unit.validity_reversed"]);
        RuleForEach(r => r.Services).SetValidator(new ServiceRequestValidator());
    }
}

internal sealed class ServiceRequestValidator : AbstractValidator<ServiceRequest>
{
    public ServiceRequestValidator()
    {
        RuleFor(s => s.Type).Must(t => RequestValues.ParseCode<ServiceType>(t) is not null)
            .WithMessage(_ => DirectoryText.Messages.Get("service.type_invalid", RequestValues.CodesOf<ServiceType>()));
        RuleFor(s => s.Name).NotEmpty().MaximumLength(300).Must(RequestValues.IsName).WithMessage(_ => DirectoryText.Messages["service.name_invalid"]);
        RuleFor(s => s.EligibilityNotes).MaximumLength(ServiceOffering.MaxNotesLength)
            .WithMessage(_ => DirectoryText.Messages.Get("service.notes_too_long", ServiceOffering.MaxNotesLength));
        RuleFor(s => s.Capacity).GreaterThanOrEqualTo(0).WithMessage(_ => DirectoryText.Messages["service.capacity_invalid"]);
    }
}
