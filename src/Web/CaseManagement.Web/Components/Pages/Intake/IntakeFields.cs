namespace CaseManagement.Web.Components.Pages.Intake;

/// <summary>Where the API's field errors go on the report form: each error beside the field it is about.</summary>
internal static class IntakeFields
{
    private static readonly (string Prefix, string Field)[] Map =
    [
        ("channel", nameof(IntakeForm.Channel)), ("receivedAt", nameof(IntakeForm.ReceivedAt)),
        ("reporter.fullName", nameof(IntakeForm.ReporterName)), ("reporter.phone", nameof(IntakeForm.ReporterPhone)),
        ("reporter.relationship", nameof(IntakeForm.ReporterRelationship)), ("reporter", nameof(IntakeForm.ReporterName)),
        ("children[0].fullName", nameof(IntakeForm.ChildName)), ("children[0].dateOfBirth", nameof(IntakeForm.ChildDateOfBirth)),
        ("children[0].estimatedAge", nameof(IntakeForm.ChildEstimatedAge)), ("children[0].sex", nameof(IntakeForm.ChildSex)),
        ("children[0].residenceUnitCode", nameof(IntakeForm.ChildResidence)), ("children[0].address", nameof(IntakeForm.ChildAddress)),
        ("children", nameof(IntakeForm.ChildName)), ("fullName", nameof(IntakeForm.ChildName)), ("dateOfBirth", nameof(IntakeForm.ChildDateOfBirth)),
        ("incident.kind", nameof(IntakeForm.Kind)), ("incident.abuse", nameof(IntakeForm.AbuseSubType)),
        ("incident.injuryCause", nameof(IntakeForm.InjuryCause)), ("incident.injurySeverity", nameof(IntakeForm.InjurySeverity)),
        ("incident.placeUnitCode", nameof(IntakeForm.Place)), ("incident.setting", nameof(IntakeForm.Setting)),
        ("incident.occurredOn", nameof(IntakeForm.OccurredOn)), ("incident.description", nameof(IntakeForm.Description)),
        ("incident", nameof(IntakeForm.Kind)),
        ("policeOrganisationId", nameof(IntakeForm.PoliceOrganisationId)), ("policeReference", nameof(IntakeForm.PoliceReference)),
    ];

    /// <summary>The errors by form field; an error no field claims is kept under "" for the top of the form.</summary>
    public static Dictionary<string, List<string>> Place(IReadOnlyDictionary<string, string[]> errors)
    {
        var placed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, messages) in errors)
        {
            // A crime report carries the report under "report.".
            var path = key.StartsWith("report.", StringComparison.OrdinalIgnoreCase) ? key["report.".Length..] : key;
            var field = Map.FirstOrDefault(m => path.StartsWith(m.Prefix, StringComparison.OrdinalIgnoreCase)).Field ?? "";
            (placed.TryGetValue(field, out var list) ? list : placed[field] = []).AddRange(messages);
        }

        return placed;
    }
}
