using CaseManagement.Web.Api;

namespace CaseManagement.Web.Components.Pages.Steps;

/// <summary>What a step's form starts from and picks from: the values already on record, the code lists, and the people
/// and organisations the step names, each read through the API only for the steps that need it.</summary>
public sealed class StepOptions(CasesApi cases, SupportApi support, IdentityApi identity, DirectoryApi directory)
{
    private static readonly string[] PoliceTypes = ["Police"];
    private static readonly string[] FacilityTypes = ["Shelter", "SocialWorkCentre"];

    /// <summary>A form opened for the first time: the version of what it changes, and what is already on record (a draft
    /// being rewritten, the current assignee).</summary>
    public StepForm Prefilled(CaseStep step, StepContext context)
    {
        var form = StepForm.For(step.Target(context).Version);
        switch (step.Slug)
        {
            case "plan-draft" when context.Plan is { Open: true } plan:
                form.Objectives = plan.Current.Objectives;
                form.Items = [.. plan.Current.Items.Select(PlanRowForm.From)];
                break;
            case "assign":
                form.Assignee = context.Record.AssignedUserId?.ToString();
                break;
        }

        return form;
    }

    /// <summary>The Cases module's code lists and SupportInterventions' together (their names do not overlap).</summary>
    public async Task<CaseLookups> LookupsAsync(CancellationToken ct)
    {
        var caseLists = cases.LookupsAsync(ct);
        var supportLists = support.LookupsAsync(ct);
        var merged = new Dictionary<string, IReadOnlyList<LookupItem>>((await caseLists).Lists);
        foreach (var (name, items) in (await supportLists).Lists)
        {
            merged.TryAdd(name, items);
        }

        return new CaseLookups(merged);
    }

    public async Task<IReadOnlyList<Colleague>> ColleaguesAsync(CancellationToken ct) => await identity.ColleaguesAsync(ct);

    public async Task<IReadOnlyList<ServiceOffer>> ServicesAsync(StepContext context, CancellationToken ct) =>
        await directory.ServicesAsync(context.Record.UnitCode, ct);

    /// <summary>The police units a referral can go to, or the facilities a separated child can be placed in: the commune's
    /// own first, then its district's and province's.</summary>
    public async Task<IReadOnlyList<OrganisationRow>> OrganisationsAsync(CaseStep step, StepContext context, CancellationToken ct) => step.Slug switch
    {
        "police-referral" => await directory.AboveAsync(context.Record.UnitCode, PoliceTypes, ct),
        "separation" => await directory.AboveAsync(context.Record.UnitCode, FacilityTypes, ct),
        _ => [],
    };
}
