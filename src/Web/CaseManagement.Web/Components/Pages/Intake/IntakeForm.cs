using System.Globalization;
using CaseManagement.BuildingBlocks.Time;
using Microsoft.AspNetCore.Http;

namespace CaseManagement.Web.Components.Pages.Intake;

/// <summary>The report form (Mẫu 01) as the browser posts it: flat fields, kept whole when the API refuses some,
/// and the form's own idempotency key, made when the empty form is first shown.</summary>
public sealed class IntakeForm
{
    public string IdempotencyKey { get; set; } = "";

    /// <summary>"check": look for a known child first; "save": the user has seen the check and chosen.</summary>
    public string Step { get; set; } = "check";

    /// <summary>"new", "child:{id}" (the same child, a new case) or "case:{id}" (another report of a known case).</summary>
    public string? Link { get; set; } = "new";

    public string Channel { get; set; } = "Family";

    public string ReceivedAt { get; set; } = "";

    public bool ReporterConsent { get; set; }

    public string? ReporterName { get; set; }

    public string? ReporterPhone { get; set; }

    public string? ReporterRelationship { get; set; }

    public string? ChildName { get; set; }

    public string? ChildDateOfBirth { get; set; }

    public int? ChildEstimatedAge { get; set; }

    public string? ChildSex { get; set; }

    public string? ChildResidence { get; set; }

    public string? ChildAddress { get; set; }

    public string Kind { get; set; } = "Abuse";

    public string? AbuseSubType { get; set; }

    public string? InjuryCause { get; set; }

    public string? InjurySeverity { get; set; }

    public string? Place { get; set; }

    public string? Setting { get; set; }

    public string? OccurredOn { get; set; }

    public string? Description { get; set; }

    /// <summary>A crime report's police unit (a Directory organisation's id); the commune's intake has none.</summary>
    public string? PoliceOrganisationId { get; set; }

    /// <summary>A crime report's reference in the police unit's own register.</summary>
    public string? PoliceReference { get; set; }

    /// <summary>The form as a page posts it outside Blazor's form binding (a report kept on the device, sent by its script):
    /// the same <c>Form.</c> fields; a field left out keeps its default, a number that is not one is left empty.</summary>
    public static IntakeForm FromPosted(IFormCollection posted)
    {
        var form = new IntakeForm();
        foreach (var property in typeof(IntakeForm).GetProperties().Where(p => p.CanWrite))
        {
            if (posted["Form." + property.Name] is not [{ } value, ..])
            {
                continue;
            }

            object? typed = property.PropertyType == typeof(bool) ? value is "true" or "True" or "on"
                : property.PropertyType == typeof(int?) ? (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null)
                : value;
            property.SetValue(form, typed);
        }

        return form;
    }

    public static IntakeForm Empty(TimeProvider clock) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        ReceivedAt = VietnamTime.Now(clock).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
    };

    /// <summary>The abuse type is the parent of the sub-type the user picked (one choice instead of two). A report the police
    /// log has no channel: the police is its channel.</summary>
    public object ToRequest(string? abuseType, bool byPolice = false)
    {
        var link = Link ?? "new"; // a field the browser did not send binds as null
        var child = link.StartsWith("child:", StringComparison.Ordinal) && Guid.TryParse(link["child:".Length..], out var childId) ? childId : (Guid?)null;
        var mergeInto = link.StartsWith("case:", StringComparison.Ordinal) && Guid.TryParse(link["case:".Length..], out var caseId) ? caseId : (Guid?)null;
        return new
        {
            channel = byPolice ? null : Channel,
            receivedAt = ReceivedAtInstant(),
            reporter = string.IsNullOrWhiteSpace(ReporterName) && string.IsNullOrWhiteSpace(ReporterPhone) && string.IsNullOrWhiteSpace(ReporterRelationship)
                ? null
                : new { consent = ReporterConsent, fullName = Typed.Blank(ReporterName), phone = Typed.Blank(ReporterPhone), relationship = Typed.Blank(ReporterRelationship) },
            children = new[]
            {
                new
                {
                    existingChildId = child, fullName = Typed.Blank(ChildName), dateOfBirth = Typed.Blank(ChildDateOfBirth), estimatedAge = ChildEstimatedAge,
                    sex = Typed.Blank(ChildSex), residenceUnitCode = Typed.Blank(ChildResidence), address = Typed.Blank(ChildAddress),
                },
            },
            incident = new
            {
                kind = Kind, abuseType = Kind == "Abuse" ? abuseType : null, abuseSubType = Kind == "Abuse" ? Typed.Blank(AbuseSubType) : null,
                injuryCause = Kind == "Injury" ? Typed.Blank(InjuryCause) : null, injurySeverity = Kind == "Injury" ? Typed.Blank(InjurySeverity) : null,
                placeUnitCode = Typed.Blank(Place), setting = Typed.Blank(Setting), occurredOn = Typed.Blank(OccurredOn), description = Typed.Blank(Description),
            },
            mergeIntoCaseId = mergeInto,
        };
    }

    /// <summary>A crime report as the police side of the API takes it: the police unit, its reference, and the report.</summary>
    public object ToCrimeReport(string? abuseType) => new
    {
        policeOrganisationId = Guid.TryParse(PoliceOrganisationId, out var police) ? police : (Guid?)null,
        policeReference = Typed.Blank(PoliceReference),
        report = ToRequest(abuseType, byPolice: true),
    };

    public object ToDuplicateQuery() => new
    {
        fullName = Typed.Blank(ChildName), dateOfBirth = Typed.Blank(ChildDateOfBirth), estimatedAge = ChildEstimatedAge, sex = Typed.Blank(ChildSex),
        residenceUnitCode = Typed.Blank(ChildResidence), receivedAt = ReceivedAtInstant(),
    };

    private string? ReceivedAtInstant() => Display.InstantFromLocal(ReceivedAt);
}
