namespace CaseManagement.SupportInterventions.Domain;

public enum ReferralStatus
{
    /// <summary>Sent to the provider with the approved plan, not answered yet.</summary>
    Pending = 1,
    Accepted,
    Declined,
    /// <summary>The provider has reported at least one delivery.</summary>
    InDelivery,
    Completed,
    /// <summary>A later approved version of the plan no longer asks this provider for this service.</summary>
    Withdrawn,
}

/// <summary>
/// A plan item sent to its provider organisation (D56 art. 29: the services the approved plan
/// mobilises). The provider accepts or declines with a reason, reports deliveries and completion with
/// the actual cost; the social worker follows every item. An item past its expected end and not
/// completed is overdue.
/// </summary>
public sealed class ServiceReferral
{
    private readonly List<ServiceDelivery> deliveries = [];

    private ServiceReferral()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string UnitCode { get; private set; } = "";

    public Guid PlanId { get; private set; }

    /// <summary>The approved plan version the referral now serves.</summary>
    public int PlanVersion { get; private set; }

    public Guid PlanItemId { get; private set; }

    public string ServiceType { get; private set; } = "";

    /// <summary>Sealed, bound to the case, as the plan item's.</summary>
    public string DescriptionSealed { get; private set; } = "";

    public Guid ProviderOrganisationId { get; private set; }

    public DateOnly StartOn { get; private set; }

    public DateOnly ExpectedEndOn { get; private set; }

    public long EstimatedCostVnd { get; private set; }

    public ReferralStatus Status { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public string? RespondedBy { get; private set; }

    public string? DeclineReason { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public long? ActualCostVnd { get; private set; }

    /// <summary>Sealed, bound to the case.</summary>
    public string? OutcomeSealed { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ServiceDelivery> Deliveries => deliveries;

    public bool IsOpen => Status is ReferralStatus.Pending or ReferralStatus.Accepted or ReferralStatus.InDelivery;

    public bool IsOverdueOn(DateOnly day) => IsOpen && ExpectedEndOn < day;

    public static ServiceReferral Send(SupportPlan plan, PlanItem item, DateTimeOffset at)
    {
        var referral = new ServiceReferral
        {
            Id = Guid.CreateVersion7(), CaseId = plan.CaseId, UnitCode = plan.UnitCode, PlanId = plan.Id,
            ProviderOrganisationId = item.ProviderOrganisationId!.Value, Status = ReferralStatus.Pending, SentAt = at.ToUniversalTime(), Version = 1,
        };
        referral.Take(plan.CurrentVersion, item);
        return referral;
    }

    /// <summary>Follows the item into a newly approved plan version (same provider, same service).</summary>
    public void Serve(int planVersion, PlanItem item)
    {
        Take(planVersion, item);
        Version++;
    }

    private void Take(int planVersion, PlanItem item) =>
        (PlanVersion, PlanItemId, ServiceType, DescriptionSealed, StartOn, ExpectedEndOn, EstimatedCostVnd) =
            (planVersion, item.Id, item.ServiceType, item.DescriptionSealed, item.StartOn, item.ExpectedEndOn, item.EstimatedCostVnd);

    public void Respond(bool accept, string? reason, Actor provider)
    {
        Require(ReferralStatus.Pending);
        (Status, DeclineReason, RespondedAt, RespondedBy) = (accept ? ReferralStatus.Accepted : ReferralStatus.Declined, accept ? null : reason, provider.At, provider.UserName);
        Version++;
    }

    public ServiceDelivery RecordDelivery(DateOnly deliveredOn, string noteSealed, Actor provider)
    {
        Require(ReferralStatus.Accepted, ReferralStatus.InDelivery);
        var delivery = new ServiceDelivery(deliveredOn, noteSealed, provider.UserName, provider.At);
        deliveries.Add(delivery);
        Status = ReferralStatus.InDelivery;
        Version++;
        return delivery;
    }

    public void Complete(DateOnly completedOn, long actualCostVnd, string? outcomeSealed, Actor provider)
    {
        Require(ReferralStatus.Accepted, ReferralStatus.InDelivery);
        (Status, CompletedOn, ActualCostVnd, OutcomeSealed) = (ReferralStatus.Completed, completedOn, actualCostVnd, outcomeSealed);
        Version++;
    }

    public void Withdraw()
    {
        Status = ReferralStatus.Withdrawn;
        Version++;
    }

    private void Require(params ReferralStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new SupportStateException("referral.step_not_allowed", Status);
        }
    }
}

/// <summary>A delivery of the service the provider reported: the day and what was done.</summary>
public sealed record ServiceDelivery(DateOnly DeliveredOn, string NoteSealed, string RecordedBy, DateTimeOffset RecordedAt);
