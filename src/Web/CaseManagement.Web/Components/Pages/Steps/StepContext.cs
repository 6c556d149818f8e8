using CaseManagement.Web.Api;

namespace CaseManagement.Web.Components.Pages.Steps;

/// <summary>What decides which forms a user may open on a case, and where each is sent: the case as the API shows it to
/// this user, its latest plan, its running separation, a crime report waiting for the commune, and the time now.</summary>
public sealed record StepContext(CaseRecord Record, bool MayChange, bool MayDecide, PlanRecord? Plan, SeparationRecord? Separation, PoliceReferralRecord? CrimeReport, DateTimeOffset Now)
{
    public bool Allows(string action) => Record.AllowedActions.Contains(action);

    public bool Supports(string action) => Record.SupportActions.Contains(action);

    public bool IsOpen => Record.Status != "Closed";
}

/// <summary>Reads a case's step context through the API: the plans, separations and referrals only when the case's step
/// or the user's rights make them matter.</summary>
public sealed class StepContexts(CasesApi cases, SupportApi support, CurrentPerson person, TimeProvider clock)
{
    public async Task<StepContext> LoadAsync(Guid caseId, CancellationToken ct)
    {
        var me = person.GetAsync(ct);
        var record = await cases.GetAsync(caseId, ct);
        var mayChange = (await me).Can("cases.write");
        var mayDecide = (await me).Can("cases.decide");
        var plans = record.SupportActions.Contains("PlanDrafting") || record.SupportActions.Contains("Review") || record.AllowedActions.Contains("ApprovePlan")
            ? support.PlansAsync(caseId, ct)
            : Task.FromResult(new List<PlanRecord>());
        var separations = record.SupportActions.Contains("Separation") || mayDecide && record.Status is not ("Reported" or "Verifying")
            ? support.SeparationsAsync(caseId, ct) : Task.FromResult(new List<SeparationRecord>());
        var referrals = mayChange && record.Status != "Closed" ? cases.ReferralsAsync(caseId, ct) : Task.FromResult(new List<PoliceReferralRecord>());
        return new StepContext(
            record, mayChange, mayDecide, (await plans).MaxBy(p => p.Cycle), (await separations).FirstOrDefault(s => s.Active),
            (await referrals).FirstOrDefault(r => r.AwaitsOurAcknowledgement), clock.GetUtcNow());
    }
}
