namespace CaseManagement.Web.Components.Pages.Notifications;

/// <summary>The e-mail settings form as the browser posts it (an unticked box posts nothing: false).</summary>
public sealed class NoticeSettingsForm
{
    public string? Email { get; set; }

    public bool EmailNotifications { get; set; }
}
