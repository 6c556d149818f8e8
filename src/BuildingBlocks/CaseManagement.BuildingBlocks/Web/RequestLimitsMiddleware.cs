using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.BuildingBlocks.Web;

/// <summary>
/// The limits a client may meet on the request line, answered like every other error (RFC 9457, in the
/// caller's language) rather than by the web server's bare refusal: the server's own limit is set above
/// <see cref="MaxTargetLength"/>, so that a long address reaches this check first.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IProblemDetailsService problemDetails)
{
    /// <summary>The longest path and query accepted; no address of this API comes near it.</summary>
    public const int MaxTargetLength = 8 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length > MaxTargetLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status414UriTooLong,
                    Title = ErrorText.Messages["Problem.UriTooLong.Title"],
                    Extensions = { ["code"] = "uri_too_long" },
                },
            });
            return;
        }

        await next(context);
    }
}
