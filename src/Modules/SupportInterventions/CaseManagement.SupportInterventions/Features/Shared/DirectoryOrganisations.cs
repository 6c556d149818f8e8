using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Contracts;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Shared;

/// <summary>
/// Checks the organisations support work names against the module's copy of the Directory: each must
/// exist and be active; a plan's provider must offer the item's service (its referral goes there, and
/// Reporting counts services by type); a separated child's facility must take children in. Problems
/// are field errors naming the field.
/// </summary>
internal sealed class DirectoryOrganisations(SupportInterventionsDbContext db, TimeProvider clock)
{
    public async Task CheckPlanAsync(PlanContent content, CancellationToken ct)
    {
        var ids = content.Items.SelectMany(i => new[] { i.ProviderOrganisationId, i.ResponsibleOrganisationId }).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var known = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var errors = new Dictionary<string, string[]>();
        for (var index = 0; index < content.Items.Count; index++)
        {
            var item = content.Items[index];
            if (item.ResponsibleOrganisationId is { } responsible && Problem(known.GetValueOrDefault(responsible)) is { } responsibleProblem)
            {
                errors[$"items[{index}].responsibleOrganisationId"] = [responsibleProblem];
            }

            if (item.ProviderOrganisationId is { } providerId)
            {
                var provider = known.GetValueOrDefault(providerId);
                var problem = Problem(provider)
                    ?? (provider!.Offers(item.ServiceType) ? null : SupportText.Messages.Get("plan.provider_lacks_service", provider.Name));
                if (problem is not null)
                {
                    errors[$"items[{index}].providerOrganisationId"] = [problem];
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    /// <summary>A facility a child can stay in: a shelter, a social-work centre or a body offering shelter or alternative care.</summary>
    public async Task<OrganisationCopy> FacilityAsync(Guid id, CancellationToken ct)
    {
        var facility = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        var problem = Problem(facility)
            ?? (facility!.Type is OrganisationType.Shelter or OrganisationType.SocialWorkCentre
                || facility.Offers(nameof(ServiceType.SafeShelter)) || facility.Offers(nameof(ServiceType.AlternativeCare))
                ? null
                : SupportText.Messages.Get("separation.not_a_facility", facility.Name));
        return problem is null ? facility! : throw new RequestValidationException(new Dictionary<string, string[]> { ["facilityOrganisationId"] = [problem] });
    }

    private string? Problem(OrganisationCopy? organisation) =>
        organisation is null ? SupportText.Messages["organisation.unknown"]
        : !organisation.IsActiveOn(VietnamTime.Today(clock)) ? SupportText.Messages.Get("organisation.inactive", organisation.Name)
        : null;
}
