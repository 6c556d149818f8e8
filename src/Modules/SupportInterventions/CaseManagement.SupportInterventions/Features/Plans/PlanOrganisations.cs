using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Domain;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.SupportInterventions.Features.Plans;

/// <summary>
/// Checks a plan's organisations against the module's copy of the Directory: each responsible body and
/// provider must exist and be active, and a provider must offer the item's service (its referral goes
/// there, and Reporting counts services by type). Field errors name the item.
/// </summary>
internal sealed class PlanOrganisations(SupportInterventionsDbContext db, TimeProvider clock)
{
    public async Task CheckAsync(PlanContent content, CancellationToken ct)
    {
        var ids = content.Items.SelectMany(i => new[] { i.ProviderOrganisationId, i.ResponsibleOrganisationId }).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var known = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var today = VietnamTime.DateOf(clock.GetUtcNow());
        var errors = new Dictionary<string, string[]>();
        for (var index = 0; index < content.Items.Count; index++)
        {
            var item = content.Items[index];
            if (item.ResponsibleOrganisationId is { } responsible && Problem(known, responsible, today) is { } responsibleProblem)
            {
                errors[$"items[{index}].responsibleOrganisationId"] = [responsibleProblem];
            }

            if (item.ProviderOrganisationId is { } provider)
            {
                var problem = Problem(known, provider, today)
                    ?? (known[provider].Offers(item.ServiceType) ? null : SupportText.Messages.Get("plan.provider_lacks_service", known[provider].Name));
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

    private static string? Problem(Dictionary<Guid, OrganisationCopy> known, Guid id, DateOnly today) =>
        !known.TryGetValue(id, out var organisation) ? SupportText.Messages["organisation.unknown"]
        : !organisation.IsActiveOn(today) ? SupportText.Messages.Get("organisation.inactive", organisation.Name)
        : null;
}
