using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaseManagement.Cases.Features.Intake;

internal sealed class IntakeRequestValidator : AbstractValidator<IntakeRequest>
{
    public IntakeRequestValidator(TimeProvider clock, IOptions<CaseLookups> lookups)
        : this(clock, lookups, channelSetByCaller: false)
    {
    }

    /// <summary><paramref name="channelSetByCaller"/>: the report's channel is not the user's to give
    /// (a crime report logged by the police is always a police report).</summary>
    private readonly TimeProvider clock;

    public IntakeRequestValidator(TimeProvider clock, IOptions<CaseLookups> lookups, bool channelSetByCaller)
    {
        this.clock = clock;
        RuleFor(r => r.Channel).Required().Code<IntakeRequest, ReportChannel>().When(_ => !channelSetByCaller);
        RuleFor(r => r.ReceivedAt).Must(RequestValues.IsInstant).WithMessage(_ => CasesText.Messages["field.bad_instant"])
            .Must(v => RequestValues.IsPastInstant(v, clock))
            .WithMessage(_ => CasesText.Messages["field.future"]);
        RuleFor(r => r.ReceivingBody).MaxLength(300);
        RuleFor(r => r.Reporter!).ChildRules(reporter =>
        {
            reporter.RuleFor(r => r.FullName).MaxLength(200).Name()
                .Must((r, name) => r.Consent || string.IsNullOrWhiteSpace(name))
                .WithMessage(_ => CasesText.Messages["reporter.name_with_consent"]);
            reporter.RuleFor(r => r.Phone).MaxLength(30)
                .Must((r, phone) => r.Consent || string.IsNullOrWhiteSpace(phone))
                .WithMessage(_ => CasesText.Messages["reporter.name_with_consent"]);
            reporter.RuleFor(r => r.Address).MaxLength(300);
            reporter.RuleFor(r => r.Relationship).MaxLength(100);
        }).When(r => r.Reporter is not null);
        RuleFor(r => r.Children).Must(c => c is { Count: > 0 }).When(r => r.MergeIntoCaseId is null)
            .WithMessage(_ => CasesText.Messages["case.child_required"]);
        // A report added to a known case brings something: a reporter, a child, or what was reported.
        RuleFor(r => r).Must(r => r.Reporter is not null || r.Children is { Count: > 0 } || !string.IsNullOrWhiteSpace(r.Incident?.Description))
            .When(r => r.MergeIntoCaseId is not null).OverridePropertyName("mergeIntoCaseId").WithMessage(_ => CasesText.Messages["case.merge_empty"]);
        RuleFor(r => r.Children).Must(c => c is null || c.Count <= 20).WithMessage(_ => CasesText.Messages.Get("field.too_long", 20));
        RuleForEach(r => r.Children).SetValidator(new ChildRequestValidator(clock));
        RuleFor(r => r.Incident).NotNull().WithMessage(_ => CasesText.Messages["field.required"]).When(r => r.MergeIntoCaseId is null);
        RuleFor(r => r.Incident!).SetValidator(new IncidentRequestValidator(lookups.Value)).When(r => r.Incident is not null);
        RuleFor(r => r.Incident!.OccurredOn)
            .Must((r, day, context) => RequestValues.ParseDate(day) is not { } occurred || occurred <= (DateOnly)context.RootContextData[ReportDayKey])
            .WithMessage(_ => CasesText.Messages["field.future"])
            .Must((r, day) => RequestValues.ParseDate(day) is not { } occurred
                || !r.Children!.Any(c => RequestValues.ParseDate(c?.DateOfBirth) is { } born && occurred < born))
            .WithMessage(_ => CasesText.Messages["field.before_birth"])
            .When(r => r.Incident is not null && r.Children is not null)
            .OverridePropertyName("incident.occurredOn");
    }

    /// <summary>Where the day of the report is left for the children's validator: ages are checked on it.</summary>
    public const string ReportDayKey = "reportDay";

    protected override bool PreValidate(ValidationContext<IntakeRequest> context, FluentValidation.Results.ValidationResult result)
    {
        context.RootContextData[ReportDayKey] = VietnamTime.DateOf(RequestValues.ParseInstant(context.InstanceToValidate.ReceivedAt) ?? clock.GetUtcNow());
        return true;
    }
}

/// <summary>Built once with its parent (validators are singletons: building one compiles its rules);
/// the day of the report comes from the request being validated.</summary>
internal sealed class ChildRequestValidator : AbstractValidator<ChildRequest>, IPartValidator
{
    public ChildRequestValidator(TimeProvider clock)
    {
        When(c => c.ExistingChildId is null, () =>
        {
            RuleFor(c => c.FullName).Required().MaxLength(200).Name();
            RuleFor(c => c.Sex).Required().Code<ChildRequest, Sex>();
            RuleFor(c => c.DateOfBirth).Must(RequestValues.IsDate).WithMessage(_ => CasesText.Messages["field.bad_date"])
                .Must(v => !string.IsNullOrWhiteSpace(v)).When(c => c.EstimatedAge is null).WithMessage(_ => CasesText.Messages["child.age_or_birth"]);
            RuleFor(c => c.DateOfBirth)
                .Must((_, v, context) => Child.AgeOn(RequestValues.ParseDate(v), null,
                    context.RootContextData.TryGetValue(IntakeRequestValidator.ReportDayKey, out var day) ? (DateOnly)day : VietnamTime.Today(clock)) is >= 0 and <= 17)
                .When(c => RequestValues.ParseDate(c.DateOfBirth) is not null)
                .WithMessage(_ => CasesText.Messages["child.age_range"]);
            RuleFor(c => c.EstimatedAge).InclusiveBetween(0, 17).WithMessage(_ => CasesText.Messages["child.age_range"]);
            RuleFor(c => c.PersonalNumber).Matches("^[0-9]{12}$").When(c => !string.IsNullOrWhiteSpace(c.PersonalNumber))
                .WithMessage(_ => CasesText.Messages["child.personal_number"]);
            RuleFor(c => c.Ethnicity).MaxLength(60);
            RuleFor(c => c.ResidenceUnitCode).MaxLength(20);
            RuleFor(c => c.Address).MaxLength(300);
            RuleFor(c => c.School).MaxLength(200);
            RuleFor(c => c.SchoolClass).MaxLength(40);
            RuleFor(c => c.Carers).Must(c => c is null || c.Count <= 10).WithMessage(_ => CasesText.Messages.Get("field.too_long", 10));
            RuleForEach(c => c.Carers).ChildRules(carer =>
            {
                carer.RuleFor(c => c.FullName).Required().MaxLength(200).Name();
                carer.RuleFor(c => c.Age).InclusiveBetween(0, 120);
                carer.RuleFor(c => c.Relationship).MaxLength(60);
                carer.RuleFor(c => c.Occupation).MaxLength(100);
                carer.RuleFor(c => c.FamilySituation).MaxLength(1000);
            });
        });
    }
}

internal sealed class IncidentRequestValidator : AbstractValidator<IncidentRequest>, IPartValidator
{
    public IncidentRequestValidator(CaseLookups lookups)
    {
        RuleFor(i => i.Kind).Required().Code<IncidentRequest, IncidentKind>();
        RuleFor(i => i.AbuseType).Code<IncidentRequest, AbuseType>();
        // A sub-type names its type: the type is needed only without one.
        RuleFor(i => i.AbuseType).Must(v => v is not null).When(i => RequestValues.ParseCode<IncidentKind>(i.Kind) == IncidentKind.Abuse && i.AbuseSubType is null)
            .WithMessage(_ => CasesText.Messages["incident.abuse_type_required"]);
        RuleFor(i => i.AbuseSubType).Code<IncidentRequest, AbuseSubType>()
            .Must((i, sub) => RequestValues.ParseCode<AbuseSubType>(sub) is not { } s || RequestValues.ParseCode<AbuseType>(i.AbuseType) is not { } t || AbuseSubTypes.TypeOf(s) == t)
            .WithMessage((i, sub) => CasesText.Messages.Get("incident.subtype_mismatch", sub, i.AbuseType));
        RuleFor(i => i.InjuryCause).Code<IncidentRequest, InjuryCause>();
        RuleFor(i => i.InjuryCause).Must(v => v is not null).When(i => RequestValues.ParseCode<IncidentKind>(i.Kind) == IncidentKind.Injury)
            .WithMessage(_ => CasesText.Messages["incident.injury_cause_required"]);
        RuleFor(i => i.InjurySeverity).Code<IncidentRequest, InjurySeverity>();
        RuleForEach(i => i.SpecialCircumstances).Code<IncidentRequest, SpecialCircumstance>();
        RuleFor(i => i.SpecialCircumstances).Must(g => g is null || (g.Count <= Enum.GetValues<SpecialCircumstance>().Length && g.Distinct().Count() == g.Count))
            .WithMessage(_ => CasesText.Messages["incident.groups_repeated"]);
        RuleFor(i => i.SpecialCircumstances).Must(g => g is { Count: > 0 })
            .When(i => RequestValues.ParseCode<IncidentKind>(i.Kind) == IncidentKind.SpecialCircumstances)
            .WithMessage(_ => CasesText.Messages["incident.groups_required"]);
        RuleFor(i => i.Setting).Must(s => s is null || lookups.SettingsOrDefault.Any(v => v.Code == s))
            .WithMessage((_, s) => CasesText.Messages.Get("field.unknown_code", s, string.Join(", ", lookups.SettingsOrDefault.Select(v => v.Code))));
        RuleFor(i => i.PlaceUnitCode).MaxLength(20);
        RuleFor(i => i.OccurredOn).Must(RequestValues.IsDate).WithMessage(_ => CasesText.Messages["field.bad_date"]);
        RuleFor(i => i.Description).MaxLength(8000);
        RuleFor(i => i.CurrentCondition).MaxLength(4000);
        RuleFor(i => i.LikelyConsequences).MaxLength(4000);
        RuleFor(i => i.ActionsTaken).MaxLength(4000);
    }
}
