using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Reporting.Domain.Rounds;
using Microsoft.AspNetCore.Http;

namespace CaseManagement.Reporting.Features.Rounds;

/// <summary>A step a round or an answer does not allow in its state is a 409 that says why.</summary>
internal sealed class RoundRulesFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (RoundRuleException e)
        {
            throw new ConflictException(e.Code, ReportingText.Messages.Get(e.Code, [.. e.Arguments]));
        }
    }
}
