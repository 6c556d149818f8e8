using System.Globalization;
using System.Resources;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.SupportInterventions.Contracts;

namespace CaseManagement.Reporting;

/// <summary>Reporting's texts (Resources/ReportingMessages*.resx): indicator names and definitions,
/// dimension names and the labels of cell values, in the request's culture (Vietnamese by default).</summary>
internal static class ReportingText
{
    private static readonly ResourceManager Resources = new("CaseManagement.Reporting.Resources.ReportingMessages", typeof(ReportingText).Assembly);

    public static LocalizedText Messages { get; } = new(Resources);

    public static string IndicatorName(string code) => Messages[$"indicator.{code}.name"];

    public static string IndicatorDefinition(string code) => Messages[$"indicator.{code}.definition"];

    public static string DimensionName(string dimension) => Messages[$"dimension.{dimension}"];

    /// <summary>The label of a cell value in its dimension; the value itself when it has none (a province's own lookup code).</summary>
    public static string ValueLabel(string dimension, string value) => dimension switch
    {
        "type" => CaseLabels.Find("AbuseType", value) ?? Find($"value.{value}") ?? value,
        "subtype" => CaseLabels.Find("AbuseSubType", value) ?? Find($"value.{value}") ?? value,
        "sex" => CaseLabels.Find("Sex", value) ?? value,
        "cause" => CaseLabels.Find("InjuryCause", value) ?? value,
        "group" => CaseLabels.Find("SpecialCircumstance", value) ?? value,
        "service" => Directory.Contracts.ServiceTypeNames.NameOf(value),
        "placement" => SupportLabels.Find("PlacementKind", value) ?? value,
        "outcome" => CaseLabels.Find("ReferralOutcome", value) ?? value,
        "direction" => CaseLabels.Find("ReferralDirection", value) ?? value,
        "kind" => CaseLabels.Find("IncidentKind", value) ?? Find($"value.{value}") ?? value,
        "status" => CaseLabels.Find("CaseStatus", value) ?? value,
        _ => Find($"value.{value}") ?? value,
    };

    private static string? Find(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture);
}
