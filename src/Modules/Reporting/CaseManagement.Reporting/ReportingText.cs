using System.Globalization;
using System.Resources;
using CaseManagement.BuildingBlocks.Web;

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
        "type" => Find($"AbuseType.{value}") ?? Find($"value.{value}") ?? value,
        "subtype" => Find($"AbuseSubType.{value}") ?? Find($"value.{value}") ?? value,
        "sex" => Find($"Sex.{value}") ?? value,
        "cause" => Find($"InjuryCause.{value}") ?? value,
        "group" => Find($"SpecialCircumstance.{value}") ?? value,
        "service" => Directory.Contracts.ServiceTypeNames.NameOf(value),
        "placement" => Find($"PlacementKind.{value}") ?? value,
        "outcome" => Find($"ReferralOutcome.{value}") ?? value,
        "direction" => Find($"ReferralDirection.{value}") ?? value,
        "kind" => Find($"IncidentKind.{value}") ?? Find($"value.{value}") ?? value,
        "status" => Find($"CaseStatus.{value}") ?? value,
        _ => Find($"value.{value}") ?? value,
    };

    private static string? Find(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture);
}
