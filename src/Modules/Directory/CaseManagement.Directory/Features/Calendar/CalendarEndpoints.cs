using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Directory.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseManagement.Directory.Features.Calendar;

/// <summary><c>/api/directory/calendar</c>: the working-day calendar that every deadline counts on.</summary>
internal static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var calendar = app.MapGroup("/api/directory/calendar").WithTags("Calendar");
        calendar.MapGet("/deadline", async ([AsParameters] DeadlineQuery query, CalendarHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.DeadlineAsync(query, ct)))
            .WithName("ComputeDeadline")
            .WithSummary("Tính hạn / Compute a deadline")
            .WithDescription("from: an instant (ISO 8601 with offset); workingDays: the end of that many working days after its day " +
                "(Vietnam time); or hours: on the clock.")
            .RequireAuthorization(Capabilities.DirectoryRead)
            .Validate<DeadlineQuery>();
        calendar.MapGet("/{year:int}", async Task<Ok<CalendarYearResponse>> (int year, CalendarHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(year, ct)))
            .WithName("GetCalendarYear")
            .WithSummary("Lịch nghỉ lễ của một năm / A year's days off and make-up working days")
            .RequireAuthorization(Capabilities.DirectoryRead)
            .ProducesValidationProblem();
        calendar.MapPut("/{year:int}/days/{date}", async Task<Ok<CalendarYearResponse>> (
                    int year, string date, SetCalendarDayRequest request, CalendarHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.SetAsync(year, date, request, ct)))
            .WithName("SetCalendarDay")
            .WithSummary("Đặt ngày nghỉ hoặc ngày làm bù / Set a day off or a make-up working day")
            .RequireAuthorization(Capabilities.DirectoryAdmin)
            .ForProvince()
            .Validate<SetCalendarDayRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Audited("calendar", "set-day", "date");
        calendar.MapDelete("/{year:int}/days/{date}", async Task<Ok<CalendarYearResponse>> (
                    int year, string date, int? version, CalendarHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.RemoveAsync(year, date, version, ct)))
            .WithName("ResetCalendarDay")
            .WithSummary("Trả một ngày về mặc định / Return a day to its default")
            .RequireAuthorization(Capabilities.DirectoryAdmin)
            .ForProvince()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Audited("calendar", "reset-day", "date");
    }
}
