namespace CaseManagement.Identity.Notifications;

/// <summary><c>Notifications:Mail</c>: the SMTP server that sends notices to those who asked for e-mail. Without a
/// <see cref="Host"/>, no e-mail is sent (the embedded default).</summary>
public sealed class MailOptions
{
    public const string Section = "Notifications:Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None, StartTls or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Bảo vệ trẻ em <no-reply@localhost>";

    /// <summary>The address of the web application, for the links in a message.</summary>
    public string SiteAddress { get; set; } = "http://localhost:5080";

    /// <summary>The hour (Vietnam time) after which the day's digest of overdue limits goes out.</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>How often the mailer looks for something to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>A limit past due and not yet met, kept from the modules' breach and stop events for the daily digest.</summary>
public sealed class OverdueLimit(Guid deadlineId, Guid caseId, string unitCode, DateTimeOffset dueAt)
{
    public Guid DeadlineId { get; private set; } = deadlineId;

    public Guid CaseId { get; private set; } = caseId;

    public string UnitCode { get; private set; } = unitCode;

    public DateTimeOffset DueAt { get; private set; } = dueAt;
}
