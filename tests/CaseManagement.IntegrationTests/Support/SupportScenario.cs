using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Procedure;
using CaseManagement.Directory.Features.Organisations;
using CaseManagement.Directory.Features.Staff;
using CaseManagement.Identity.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.SupportInterventions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.IntegrationTests.Cases.CasesScenario;

namespace CaseManagement.IntegrationTests.Support;

/// <summary>What support tests start from: the units in SupportInterventions' copy, cases brought to a
/// step through Cases' API, and provider organisations with a signed-in member of staff.</summary>
public static class SupportScenario
{
    public static async Task PrepareAsync(CaseManagementHost host)
    {
        await host.ResetAsync();
        await LoadUnitsAsync(host);
        await Eventually.HoldsAsync(
            async () => await host.InScopeAsync(sp => sp.GetRequiredService<SupportInterventionsDbContext>().Units.CountAsync()) == 7,
            "SupportInterventions has its copy of the units");
    }

    /// <summary>A report in Ba Tơ taken through verification, a non-urgent assessment, the specific
    /// assessment and the case conference, so that it waits for its plan.</summary>
    public static async Task<Guid> CaseInPlanningAsync(CaseManagementHost host, HttpClient worker)
    {
        var received = await ReceiveAsync(worker, Report());
        var step = await StepAsync(worker, received.CaseId, "verification/start", new VersionedRequest(1));
        step = await StepAsync(worker, received.CaseId, "verification", new VerificationRequest(step.Version, "Confirmed", null));
        step = await StepAsync(worker, received.CaseId, "initial-assessment", new InitialAssessmentRequest(step.Version, "Low", "Medium", false, "Không khẩn cấp."));
        step = await StepAsync(worker, received.CaseId, "specific-assessment", new SpecificAssessmentRequest(step.Version,
            new AssessmentAreas("Ổn định", null, null, null, null, null, null, null), ["FamilyCounselling"]));
        await StepAsync(worker, received.CaseId, "conference", new ConferenceRequest(step.Version, Today, "UBND, trưởng thôn", null, ["FamilyCounselling"]));
        await SupportSeesAsync(host, received.CaseId, CaseStatus.Planning);
        return received.CaseId;
    }

    public static Task SupportSeesAsync(CaseManagementHost host, Guid caseId, CaseStatus status) => Eventually.HoldsAsync(
        async () => await host.DrainOutboxAsync() >= 0
            && await host.InScopeAsync(sp => sp.GetRequiredService<SupportInterventionsDbContext>().Cases.AnyAsync(c => c.CaseId == caseId && c.Status == status)),
        $"SupportInterventions sees the case at {status}");

    /// <summary>A provider organisation offering the services, and a ServiceProvider user on its staff.</summary>
    public static async Task<(Guid OrganisationId, HttpClient Client)> ProviderAsync(
        CaseManagementHost host, string name, string type, string unitCode, params string[] serviceTypes)
    {
        using var admin = await host.ClientForAsync(Roles.Admin, "51");
        var organisation = await admin.PostAsJsonAsync("/api/directory/organisations", new OrganisationRequest(
                name, type, unitCode, null, null, "0255 3863 000", null, null, "7:00–17:00", null, null,
                [.. serviceTypes.Select(s => new ServiceRequest(null, s, s, null, null, false, null))], null))
            .ExpectAsync<OrganisationResponse>(HttpStatusCode.Created);
        var staff = await admin.PostAsJsonAsync("/api/directory/staff", new StaffRequest(
                "Nhân viên " + name, organisation.Id, unitCode, "Nhân viên", "ServiceProviderStaff", null, null, null, null, null, null))
            .ExpectAsync<StaffResponse>(HttpStatusCode.Created);
        await Eventually.HoldsAsync(
            async () => await host.DrainOutboxAsync() >= 0
                && await host.InScopeAsync(sp => sp.GetRequiredService<SupportInterventionsDbContext>().Organisations.AnyAsync(o => o.Id == organisation.Id))
                && await host.InScopeAsync(sp => sp.GetRequiredService<IdentityDbContext>().Staff.AnyAsync(s => s.StaffId == staff.Id)),
            "SupportInterventions and Identity have their copies of the provider");
        return (organisation.Id, await host.Accounts.ClientForStaffAsync(Roles.ServiceProvider, unitCode, staff.Id));
    }
}
