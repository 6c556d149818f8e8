using CaseManagement.Web.Api;

namespace CaseManagement.Web.Components.Pages.Steps;

/// <summary>One step as the browser posts it: the version the user saw, when the step happened, and the step's own fields
/// (each step uses some of them). Field names follow the API's, so that its field errors land beside them. The form binder
/// sets a part the form did not post to null: the parts a step does not use stay empty instead.</summary>
public sealed class StepForm
{
    public int Version { get; set; }

    public string? OccurredAt { get; set; }

    public string? Outcome { get; set; }

    public string? OtherUnitCode { get; set; }

    public string? Harm { get; set; }

    public string? Risk { get; set; }

    public bool EmergencyNeeded { get; set; }

    public string? Reason { get; set; }

    public string? ReasonCode { get; set; }

    public string? Note { get; set; }

    public string? Decision { get; set; }

    public string? Assignee { get; set; }

    public AreasForm Areas { get; set => field = value ?? new(); } = new();

    /// <summary>Service types: the needs found by the specific assessment (Mẫu 03).</summary>
    public List<string> Needs { get; set => field = value ?? []; } = [];

    /// <summary>Service types: the needs agreed at the conference.</summary>
    public List<string> NeedsAgreed { get; set => field = value ?? []; } = [];

    public string? HeldOn { get; set; }

    public string? Participants { get; set; }

    public string? Notes { get; set; }

    public string? DecisionNumber { get; set; }

    public List<string> Measures { get; set => field = value ?? []; } = [];

    public string? StartedAt { get; set; }

    public string? Placement { get; set; }

    public string? FacilityOrganisationId { get; set; }

    public CarerForm Carer { get; set => field = value ?? new(); } = new();

    public string? Objectives { get; set; }

    public List<PlanRowForm> Items { get; set => field = value ?? []; } = [];

    /// <summary>"Add a row" was pressed: the plan form comes back with one more empty row, nothing is sent.</summary>
    public bool AddRow { get; set; }

    public string? Comments { get; set; }

    public string? VisitedOn { get; set; }

    public string? Kind { get; set; }

    public string? Observations { get; set; }

    public string? Situation { get; set; }

    public string? ReviewedOn { get; set; }

    public string? HarmStillSerious { get; set; }

    public string? AbuserCanReachChild { get; set; }

    public string? CareObstacles { get; set; }

    public string? ChildCapacity { get; set; }

    public string? Recommendation { get; set; }

    public string? Findings { get; set; }

    public string? PoliceOrganisationId { get; set; }

    public List<string> Disclose { get; set => field = value ?? []; } = [];

    public string? PoliceReference { get; set; }

    public string? ToUnitCode { get; set; }

    public string? Authority { get; set; }

    public string? ExtendedTo { get; set; }

    /// <summary>The time is left empty: a step done now is recorded at the second it is sent (a minute typed in could fall
    /// before the step just taken); an officer recording something done earlier types its time.</summary>
    public static StepForm For(int version) => new() { Version = version };

    public string? OccurredAtInstant => Display.InstantFromLocal(OccurredAt);

    public static string? Blank(string? value) => Typed.Blank(value);

    public static Guid? IdOf(string? value) => Guid.TryParse(value, out var id) ? id : null;
}

/// <summary>The areas of the specific assessment (Mẫu 03).</summary>
public sealed class AreasForm
{
    public static readonly string[] Names =
        [nameof(PhysicalAndMentalState), nameof(FamilyAndProtectiveCapacity), nameof(RiskFactors), nameof(SchoolingAndSelfProtection),
         nameof(CommunitySafety), nameof(Needs), nameof(ChildViews), nameof(CarerViews)];

    public string? PhysicalAndMentalState { get; set; }

    public string? FamilyAndProtectiveCapacity { get; set; }

    public string? RiskFactors { get; set; }

    public string? SchoolingAndSelfProtection { get; set; }

    public string? CommunitySafety { get; set; }

    public string? Needs { get; set; }

    public string? ChildViews { get; set; }

    public string? CarerViews { get; set; }

    /// <summary>An area's text by its name (a method, not an indexer: the form binder maps every property).</summary>
    public string? ValueOf(string name) => name switch
    {
        nameof(PhysicalAndMentalState) => PhysicalAndMentalState,
        nameof(FamilyAndProtectiveCapacity) => FamilyAndProtectiveCapacity,
        nameof(RiskFactors) => RiskFactors,
        nameof(SchoolingAndSelfProtection) => SchoolingAndSelfProtection,
        nameof(CommunitySafety) => CommunitySafety,
        nameof(Needs) => Needs,
        nameof(ChildViews) => ChildViews,
        nameof(CarerViews) => CarerViews,
        _ => null,
    };

    public object ToRequest() => new
    {
        physicalAndMentalState = StepForm.Blank(PhysicalAndMentalState), familyAndProtectiveCapacity = StepForm.Blank(FamilyAndProtectiveCapacity),
        riskFactors = StepForm.Blank(RiskFactors), schoolingAndSelfProtection = StepForm.Blank(SchoolingAndSelfProtection),
        communitySafety = StepForm.Blank(CommunitySafety), needs = StepForm.Blank(Needs), childViews = StepForm.Blank(ChildViews),
        carerViews = StepForm.Blank(CarerViews),
    };
}

/// <summary>The temporary carer of a separation (Mẫu 07).</summary>
public sealed class CarerForm
{
    public string? FullName { get; set; }

    public string? Relationship { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public object? ToRequest() => StepForm.Blank(FullName) is null && StepForm.Blank(Relationship) is null && StepForm.Blank(Address) is null && StepForm.Blank(Phone) is null
        ? null
        : new { fullName = StepForm.Blank(FullName), relationship = StepForm.Blank(Relationship), address = StepForm.Blank(Address), phone = StepForm.Blank(Phone) };
}

/// <summary>One service of the plan (Mẫu 04): what, by whom (a provider from the Directory), from when to when, at what cost.
/// <see cref="Service"/> is the type and the provider together (<c>Type|organisationId</c>), chosen in one list.</summary>
public sealed class PlanRowForm
{
    public string? Service { get; set; }

    public string? Description { get; set; }

    public string? ResponsiblePerson { get; set; }

    public string? StartOn { get; set; }

    public string? ExpectedEndOn { get; set; }

    public string? EstimatedCostVnd { get; set; }

    public bool IsBlank => StepForm.Blank(Service) is null && StepForm.Blank(Description) is null && StepForm.Blank(StartOn) is null
        && StepForm.Blank(ExpectedEndOn) is null && StepForm.Blank(EstimatedCostVnd) is null && StepForm.Blank(ResponsiblePerson) is null;

    public string? ServiceType => Service?.Split('|')[0] is { Length: > 0 } type ? type : null;

    public Guid? ProviderOrganisationId => Service?.Split('|') is [_, var provider] ? StepForm.IdOf(provider) : null;

    public static PlanRowForm From(PlanItemRecord item) => new()
    {
        Service = $"{item.ServiceType}|{item.ProviderOrganisationId}", Description = item.Description, ResponsiblePerson = item.ResponsiblePerson,
        StartOn = item.StartOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ExpectedEndOn = item.ExpectedEndOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        EstimatedCostVnd = item.EstimatedCostVnd.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public object ToRequest() => new
    {
        serviceType = ServiceType, description = StepForm.Blank(Description),
        responsiblePerson = StepForm.Blank(ResponsiblePerson), providerOrganisationId = ProviderOrganisationId, startOn = StepForm.Blank(StartOn),
        expectedEndOn = StepForm.Blank(ExpectedEndOn),
        estimatedCostVnd = Typed.Dong(EstimatedCostVnd),
    };
}
