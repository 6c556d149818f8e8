namespace CaseManagement.Web.Components.Pages.Intake;

/// <summary>The child look-up as the browser posts it.</summary>
public sealed class ChildSearchForm
{
    public string? Name { get; set; }

    public string? DateOfBirth { get; set; }

    public string? Sex { get; set; }
}
