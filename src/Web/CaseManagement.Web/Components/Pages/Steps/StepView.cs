using CaseManagement.Web.Api;

namespace CaseManagement.Web.Components.Pages.Steps;

/// <summary>What a step's fields are drawn from: the form as typed, the case, the field errors the API gave, the code lists
/// (Cases' and SupportInterventions'), and the people or organisations the step picks from.</summary>
public sealed record StepView
{
    public required StepForm Form { get; init; }

    public required StepContext Context { get; init; }

    public required IReadOnlyDictionary<string, List<string>> Errors { get; init; }

    public required CaseLookups Lookups { get; init; }

    public IReadOnlyList<Colleague> Colleagues { get; init; } = [];

    public IReadOnlyList<ServiceOffer> Services { get; init; } = [];

    public IReadOnlyList<OrganisationRow> Organisations { get; init; } = [];

    /// <summary>The id of a field's error message, for <c>aria-describedby</c>, when it has one.</summary>
    public string? Described(string field) => Errors.ContainsKey(field) ? field + "-error" : null;
}
