namespace CaseManagement.Web.Components.Pages.Provider;

/// <summary>The provider's answer to a referral: accept, or decline with a reason.</summary>
public sealed class AnswerForm
{
    public int Version { get; set; }

    /// <summary>"accept" or "decline"; null until chosen.</summary>
    public string? Answer { get; set; }

    public string? Reason { get; set; }

    public object Body() => new { version = Version, accept = Answer == "accept", reason = Typed.Blank(Reason) };
}

/// <summary>A delivery of the service on a day, with what was done.</summary>
public sealed class DeliveryForm
{
    public int Version { get; set; }

    public string? DeliveredOn { get; set; }

    public string? Note { get; set; }

    public object Body() => new { version = Version, deliveredOn = Typed.Blank(DeliveredOn), note = Typed.Blank(Note) };
}

/// <summary>The service completed: the day, the actual cost in đồng (written as people write it, 1.500.000), the outcome.</summary>
public sealed class CompletionForm
{
    public int Version { get; set; }

    public string? CompletedOn { get; set; }

    public string? ActualCostVnd { get; set; }

    public string? Outcome { get; set; }

    public object Body() => new
    {
        version = Version, completedOn = Typed.Blank(CompletedOn),
        actualCostVnd = Typed.Dong(ActualCostVnd),
        outcome = Typed.Blank(Outcome),
    };
}
