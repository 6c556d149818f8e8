using System.Text.Json;
using CaseManagement.BuildingBlocks.Messaging;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>The one place where exceptions become RFC 9457 problem details. Nothing saved earlier
/// is touched: a failing request's own transaction is simply not committed.</summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception, httpContext);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogUnavailable(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        else if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Map(Exception exception, HttpContext httpContext)
    {
        var text = ErrorText.Messages;
        return exception switch
        {
            RequestValidationException e => Validation(e.Errors),
            ValidationException e => Validation(e.Errors
                .GroupBy(f => JsonFieldName(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray())),
            NotFoundException e => Problem(StatusCodes.Status404NotFound, text["Problem.NotFound.Title"], e.Message, e.Code),
            ForbiddenException e => Problem(StatusCodes.Status403Forbidden, text["Problem.Forbidden.Title"], e.Message, e.Code),
            ConflictException e => Problem(StatusCodes.Status409Conflict, text["Problem.Conflict.Title"], e.Message, e.Code),
            BusinessRuleException e => Problem(StatusCodes.Status422UnprocessableEntity, text["Problem.RuleViolation.Title"], e.Message, e.Code),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, text["Problem.Conflict.Title"], text["Problem.Concurrency.Detail"], "concurrency"),
            // A body that did not read: with the field's path when the JSON reader names one.
            BadHttpRequestException { InnerException: JsonException { Path: { Length: > 2 } path } json } =>
                Validation(new Dictionary<string, string[]> { [JsonFieldName(path.TrimStart('$', '.'))] = [FieldMessage(json)] }),
            BadHttpRequestException e => Problem(e.StatusCode, text["Problem.BadRequest.Title"], text["Problem.BadRequest.Detail"], "bad_request"),
            _ when TransientFailures.Is(exception) => Unavailable(text["Problem.Unavailable.Detail"]),
            _ => Problem(StatusCodes.Status500InternalServerError, text["Problem.Unexpected.Title"],
                text.Get("Problem.Unexpected.Detail", httpContext.TraceIdentifier), "unexpected"),
        };
    }

    /// <summary>Our own refusals (control characters) speak to the user; the JSON reader's own words name types, not fields.</summary>
    private static string FieldMessage(JsonException json) =>
        json.Message.StartsWith(ErrorText.Messages["Problem.ControlCharacters"], StringComparison.Ordinal)
            ? ErrorText.Messages["Problem.ControlCharacters"]
            : ErrorText.Messages["Problem.FieldUnreadable"];

    /// <summary>How long a client waits before trying again when the database or the broker is down.</summary>
    public const string RetryAfterSeconds = "30";

    /// <summary>The 503 a client gets while the database or the broker is unreachable: complete, with Retry-After set by the caller.</summary>
    public static ProblemDetails Unavailable(string detail) =>
        Problem(StatusCodes.Status503ServiceUnavailable, ErrorText.Messages["Problem.Unavailable.Title"], detail, "unavailable");

    private static ValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors)
    {
        var problem = new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ErrorText.Messages["Problem.Validation.Title"],
            Detail = ErrorText.Messages["Problem.Validation.Detail"],
        };
        problem.Extensions["code"] = "validation";
        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail, string code)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unavailable for {Method} {Path}: the database or the broker cannot be reached")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);

    /// <summary>The field as the client wrote it: every segment camel-cased (<c>services[0].capacity</c>).</summary>
    private static string JsonFieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
