namespace CaseManagement.SupportInterventions.Domain;

/// <summary>
/// One version of a support and intervention plan (Mẫu 04): its objectives and items. A version that
/// was submitted stays as it was; changes after approval make a new version, so every approved plan
/// remains readable.
/// </summary>
public sealed class PlanVersion
{
    private readonly List<PlanItem> items = [];

    private PlanVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public int Number { get; private set; }

    /// <summary>Sealed, bound to the case.</summary>
    public string ObjectivesSealed { get; private set; } = "";

    public PlanStatus Status { get; internal set; }

    public DateTimeOffset DraftedAt { get; private set; }

    public string DraftedBy { get; private set; } = "";

    public DateTimeOffset? SubmittedAt { get; internal set; }

    public IReadOnlyList<PlanItem> Items => items;

    public long EstimatedCostVnd => items.Sum(i => i.EstimatedCostVnd);

    internal static PlanVersion Draft(Guid planId, int number, PlanContent content, Actor author)
    {
        var version = new PlanVersion { Id = Guid.CreateVersion7(), PlanId = planId, Number = number, Status = PlanStatus.Draft };
        version.Write(content, author);
        return version;
    }

    internal void Write(PlanContent content, Actor author)
    {
        (ObjectivesSealed, DraftedAt, DraftedBy) = (content.ObjectivesSealed, author.At, author.UserName);
        items.Clear();
        items.AddRange(content.Items.Select((item, index) => PlanItem.From(Id, index + 1, item)));
    }

    internal PlanContent Content() => new(ObjectivesSealed, [.. items.Select(i => i.Content())]);
}

/// <summary>What a social worker writes in a plan: objectives and items (their free text sealed, bound to the case).</summary>
public sealed record PlanContent(string ObjectivesSealed, IReadOnlyList<PlanItemContent> Items);

/// <summary>One service of a plan: its type from the Directory's catalogue, who is responsible, the
/// provider mobilised, its dates and a cost estimate in VND.</summary>
public sealed record PlanItemContent(
    string ServiceType, string DescriptionSealed, Guid? ResponsibleOrganisationId, string? ResponsiblePerson, Guid? ProviderOrganisationId,
    DateOnly StartOn, DateOnly ExpectedEndOn, long EstimatedCostVnd);
