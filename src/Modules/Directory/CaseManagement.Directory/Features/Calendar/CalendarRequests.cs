using System.Globalization;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Domain;
using FluentValidation;

namespace CaseManagement.Directory.Features.Calendar;

/// <summary>Make one day a day off (<see cref="IsWorkingDay"/> false) or a working day.
/// <see cref="Version"/>: the year's version the change was made on; a later edit by someone else answers 409.</summary>
public sealed record SetCalendarDayRequest(bool IsWorkingDay, string Name, int? Version);

/// <summary>A deadline question: from an instant (ISO 8601 with offset), a number of working days or of hours.</summary>
public sealed record DeadlineQuery(string? From, int? WorkingDays, double? Hours);

public sealed record CalendarDayResponse(DateOnly Date, bool IsWorkingDay, string Name, string Source);

public sealed record CalendarYearResponse(int Year, int Version, IReadOnlyList<CalendarDayResponse> Days);

public sealed record DeadlineResponse(DateTimeOffset From, DateTimeOffset DueAt);

internal static class CalendarLimits
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static bool IsYear(int year) => year is >= FirstYear and <= LastYear;
}

internal sealed class SetCalendarDayRequestValidator : AbstractValidator<SetCalendarDayRequest>
{
    public SetCalendarDayRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(CalendarDay.MaxNameLength)
            .WithMessage(_ => DirectoryText.Messages.Get("calendar.name_invalid", CalendarDay.MaxNameLength));
    }
}

internal sealed class DeadlineQueryValidator : AbstractValidator<DeadlineQuery>
{
    public DeadlineQueryValidator()
    {
        RuleFor(q => q.From)
            .Must(v => !string.IsNullOrWhiteSpace(v) && RequestValues.ParseInstant(v) is not null)
            .WithMessage(_ => DirectoryText.Messages["calendar.from_invalid"]);
        RuleFor(q => q.WorkingDays).InclusiveBetween(0, 366)
            .WithMessage(_ => DirectoryText.Messages["calendar.days_invalid"]);
        RuleFor(q => q.Hours).InclusiveBetween(0, 24 * 366)
            .WithMessage(_ => DirectoryText.Messages["calendar.hours_invalid"]);
        RuleFor(q => q)
            .Must(q => q.WorkingDays is null != q.Hours is null)
            .WithName("workingDays")
            .WithMessage(_ => DirectoryText.Messages["calendar.days_or_hours"]);
    }
}
