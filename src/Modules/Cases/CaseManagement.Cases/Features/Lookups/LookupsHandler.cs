using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Persistence;
using CaseManagement.Directory.Contracts;
using Microsoft.Extensions.Options;

namespace CaseManagement.Cases.Features.Lookups;

public sealed record LookupItem(string Code, string Name, string? Parent = null);

/// <summary>Every code list of an intake form, the procedure and police referrals, with names in the caller's
/// language, and the deadline rules in force. SupportInterventions' lists are at <c>/api/support/lookups</c>.</summary>
public sealed record CaseLookupsResponse(
    IReadOnlyDictionary<string, IReadOnlyList<LookupItem>> Lists,
    IReadOnlyList<DeadlineRuleView> DeadlineRules);

public sealed record DeadlineRuleView(string Code, string Name, string StartSignal, IReadOnlyList<string> StopSignals, int Amount, DeadlineUnit Unit, string? ProvinceCode, bool? Remote);

internal sealed class LookupsHandler(IOptions<CaseLookups> lookups, DeadlineRuleBook<CasesDbContext> rules)
{
    public CaseLookupsResponse Get()
    {
        var vietnamese = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
        var lists = new Dictionary<string, IReadOnlyList<LookupItem>>
        {
            ["channels"] = Codes<ReportChannel>(),
            ["sexes"] = Codes<Sex>(),
            ["incidentKinds"] = Codes<IncidentKind>(),
            ["abuseTypes"] = Codes<AbuseType>(),
            ["abuseSubTypes"] = [.. System.Enum.GetValues<AbuseSubType>().Select(v => new LookupItem(v.ToString(), CasesText.NameOf(v), AbuseSubTypes.TypeOf(v).ToString()))],
            ["injuryCauses"] = Codes<InjuryCause>(),
            ["injurySeverities"] = Codes<InjurySeverity>(),
            ["specialCircumstances"] = Codes<SpecialCircumstance>(),
            ["riskLevels"] = Codes<RiskLevel>(),
            ["statuses"] = Codes<CaseStatus>(),
            ["verificationOutcomes"] = Codes<VerificationOutcome>(),
            ["serviceTypes"] = [.. System.Enum.GetValues<ServiceType>().Select(v => new LookupItem(v.ToString(), ServiceTypeNames.NameOf(v)))],
            ["transferDeclineReasons"] = Codes<TransferDeclineReason>(),
            ["referralOutcomes"] = Codes<ReferralOutcome>(),
            ["disclosableFields"] = [.. Referrals.DisclosableFields.All.Select(f => new LookupItem(f, CasesText.Messages[$"Disclose.{f}"]))],
            ["settings"] = Configured(lookups.Value.SettingsOrDefault, vietnamese),
            ["closureReasons"] = Configured(lookups.Value.ClosureReasonsOrDefault, vietnamese),
            ["reopenReasons"] = Configured(lookups.Value.ReopenReasonsOrDefault, vietnamese),
        };
        var deadlineRules = rules.All.Select(r => new DeadlineRuleView(
            r.Code, vietnamese ? r.NameVi : r.NameEn, r.StartSignal, r.StopSignals, r.Amount, r.Unit, r.ProvinceCode, r.Remote)).ToList();
        return new CaseLookupsResponse(lists, deadlineRules);
    }

    private static List<LookupItem> Codes<TEnum>()
        where TEnum : struct, System.Enum =>
        [.. System.Enum.GetValues<TEnum>().Select(v => new LookupItem(v.ToString(), CasesText.NameOf(v)))];

    private static List<LookupItem> Configured(IEnumerable<LookupValue> values, bool vietnamese) =>
        [.. values.Select(v => new LookupItem(v.Code, vietnamese ? v.NameVi : v.NameEn))];
}
