using System.Collections.Concurrent;
using FluentValidation;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>
/// The request fields that carry a code of a list (<c>harm</c>: a <c>RiskLevel</c>), recorded by the rule that
/// checks them, so that the API description lists each field's allowed values from the same place that
/// enforces them.
/// </summary>
public static class CodeFields
{
    private static readonly ConcurrentDictionary<(Type Request, string Property), Type> Fields = new();

    /// <summary>The code list a request's property (its C# name) takes values from, if it is a code field.</summary>
    public static Type? Of(Type request, string property) => Fields.GetValueOrDefault((request, property));

    /// <summary>Records the rule's property as a field of <paramref name="codes"/> (an enum).</summary>
    public static IRuleBuilderOptions<T, TProperty> AsCodes<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, Type codes) =>
        rule.Configure(r =>
        {
            if (r.PropertyName is { } property)
            {
                Fields[(typeof(T), property)] = codes;
            }
        });
}
