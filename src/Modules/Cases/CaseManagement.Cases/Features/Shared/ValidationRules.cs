using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Features.Shared;
using FluentValidation;

namespace CaseManagement.Cases.Features;

/// <summary>The Cases module's field rules with its own localised messages.</summary>
internal static class ValidationRules
{
    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => CasesText.Messages["field.required"]);

    public static IRuleBuilderOptions<T, string?> MaxLength<T>(this IRuleBuilder<T, string?> rule, int length) =>
        rule.Must(v => v is null || v.Length <= length).WithMessage(_ => CasesText.Messages.Get("field.too_long", length));

    public static IRuleBuilderOptions<T, string?> Name<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(RequestValues.IsName).WithMessage(_ => CasesText.Messages["field.name"]);

    public static IRuleBuilderOptions<T, string?> Code<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(RequestValues.IsCode<TEnum>).WithMessage((_, v) => CasesText.Messages.Get("field.unknown_code", v, RequestValues.CodesOf<TEnum>()))
            .AsCodes(typeof(TEnum));
}

/// <summary>A validator of a part of a request, built by the request's validator with what it needs
/// (the day of the report, the lookups): not registered in the container.</summary>
internal interface IPartValidator;
