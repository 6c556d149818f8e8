using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Identity.Accounts;

/// <summary>A person who signs in. Belongs to one administrative unit: their jurisdiction is that
/// unit and every unit below it.</summary>
public sealed class User : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";

    public string UnitCode { get; set; } = "";

    /// <summary>Optional link to the person's Directory staff record (issue 4).</summary>
    public Guid? StaffId { get; set; }

    /// <summary>Whether the person's notices also go to their e-mail address, with a daily digest of overdue limits; off
    /// until they ask for it.</summary>
    public bool EmailNotifications { get; set; }

    /// <summary>The day (Vietnam time) the daily digest last went out to this person.</summary>
    public DateOnly? DigestSentOn { get; set; }
}

public sealed class Role : IdentityRole<Guid>
{
    public Role()
    {
    }

    public Role(string name)
        : base(name)
    {
    }
}
