namespace CaseManagement.SupportInterventions.Domain;

/// <summary>A service in a version of a plan.</summary>
public sealed class PlanItem
{
    private PlanItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanVersionId { get; private set; }

    public int Order { get; private set; }

    public string ServiceType { get; private set; } = "";

    /// <summary>Sealed, bound to the case.</summary>
    public string DescriptionSealed { get; private set; } = "";

    public Guid? ResponsibleOrganisationId { get; private set; }

    public string? ResponsiblePerson { get; private set; }

    public Guid? ProviderOrganisationId { get; private set; }

    public DateOnly StartOn { get; private set; }

    public DateOnly ExpectedEndOn { get; private set; }

    public long EstimatedCostVnd { get; private set; }

    internal static PlanItem From(Guid versionId, int order, PlanItemContent content) => new()
    {
        Id = Guid.CreateVersion7(), PlanVersionId = versionId, Order = order, ServiceType = content.ServiceType, DescriptionSealed = content.DescriptionSealed,
        ResponsibleOrganisationId = content.ResponsibleOrganisationId, ResponsiblePerson = content.ResponsiblePerson,
        ProviderOrganisationId = content.ProviderOrganisationId, StartOn = content.StartOn, ExpectedEndOn = content.ExpectedEndOn,
        EstimatedCostVnd = content.EstimatedCostVnd,
    };

    internal PlanItemContent Content() =>
        new(ServiceType, DescriptionSealed, ResponsibleOrganisationId, ResponsiblePerson, ProviderOrganisationId, StartOn, ExpectedEndOn, EstimatedCostVnd);
}
