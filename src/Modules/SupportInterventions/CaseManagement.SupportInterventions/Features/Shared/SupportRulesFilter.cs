using CaseManagement.BuildingBlocks.Web;
using CaseManagement.SupportInterventions.Domain;
using Microsoft.AspNetCore.Http;

namespace CaseManagement.SupportInterventions.Features.Shared;

/// <summary>A step the record's state does not allow is a 409 that says why.</summary>
internal sealed class SupportRulesFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (SupportStateException e)
        {
            var arguments = e.Arguments.Select(a => a is Enum state ? SupportText.NameOf(state) : a).ToArray();
            throw new ConflictException(e.Code, SupportText.Messages.Get(e.Code, arguments));
        }
    }
}
