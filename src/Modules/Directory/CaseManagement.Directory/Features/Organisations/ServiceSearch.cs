using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Features.ImportUnits;
using CaseManagement.Directory.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory.Features.Organisations;

public sealed record ServiceSearchQuery(string? Type, string? UnitCode, string? AsOf, bool? Only24x7);

/// <summary>A service found for an area: <see cref="Distance"/> 0 when its organisation serves the
/// unit itself, 1 when it serves the parent, and so on.</summary>
public sealed record ServiceSearchResult(
    Guid ServiceId,
    ServiceType Type,
    string Name,
    string? EligibilityNotes,
    int? Capacity,
    bool Available24x7,
    Guid OrganisationId,
    string OrganisationName,
    OrganisationType OrganisationType,
    string? Phone,
    string? Hours,
    int? Distance);

internal sealed class ServiceSearchQueryValidator : AbstractValidator<ServiceSearchQuery>
{
    public ServiceSearchQueryValidator()
    {
        RuleFor(q => q.Type).Must(RequestValues.IsCode<ServiceType>)
            .WithMessage(_ => DirectoryText.Messages.Get("service.type_invalid", RequestValues.CodesOf<ServiceType>()));
        RuleFor(q => q.AsOf).Must(RequestValues.IsDate).WithMessage(_ => DirectoryText.Messages["query.as_of_invalid"]);
    }
}

/// <summary>Services of active organisations, by type and by area, nearest unit first.</summary>
internal sealed class ServiceSearchHandler(DirectoryDbContext db, UnitHierarchyCache hierarchies, TimeProvider clock)
{
    public async Task<IReadOnlyList<ServiceSearchResult>> SearchAsync(ServiceSearchQuery query, CancellationToken ct)
    {
        var date = RequestValues.ParseDate(query.AsOf) ?? VietnamTime.Today(clock);
        var type = RequestValues.ParseCode<ServiceType>(query.Type);
        IReadOnlyList<string>? area = null;
        if (query.UnitCode is { } unitCode)
        {
            var hierarchy = await hierarchies.GetAsync(ct);
            area = [unitCode, .. hierarchy.Ancestors(unitCode, date).Select(a => a.Code)];
        }

        var organisations = await db.Organisations.AsNoTracking().ToListAsync(ct);
        return [.. organisations
            .Where(o => o.Active.Contains(date))
            .Select(o => (Organisation: o, Distance: area is null ? null : o.DistanceTo(area)))
            .Where(x => area is null || x.Distance is not null)
            .SelectMany(x => x.Organisation.Services
                .Where(s => s.Active && (type is null || s.Type == type) && (query.Only24x7 != true || s.Available24x7))
                .Select(s => new ServiceSearchResult(
                    s.Id, s.Type, s.Name, s.EligibilityNotes, s.Capacity, s.Available24x7,
                    x.Organisation.Id, x.Organisation.Name, x.Organisation.Type, x.Organisation.Contact.Phone, x.Organisation.Contact.Hours,
                    x.Distance)))
            .OrderBy(r => r.Distance ?? 0).ThenByDescending(r => r.Available24x7).ThenBy(r => r.OrganisationName, StringComparer.Ordinal)];
    }
}
