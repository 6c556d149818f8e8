using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Domain;
using Microsoft.AspNetCore.Http;

namespace CaseManagement.Cases.Features.Shared;

/// <summary>Turns the domain's refusals into problems users can read: an action the step does not
/// allow, a case waiting for a transfer or a closed case is a 409 that says what is possible; another rule is a 422.</summary>
internal sealed class CaseRulesFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CaseActionNotAllowedException e)
        {
            var allowed = e.Allowed.Count == 0
                ? CasesText.Messages["case.nothing_allowed"]
                : string.Join("; ", e.Allowed.Select(CasesText.NameOf));
            throw new ConflictException(e.Code, CasesText.Messages.Get(e.Code, CasesText.NameOf(e.Action), CasesText.NameOf(e.Status), allowed));
        }
        catch (CaseStateException e)
        {
            throw new ConflictException(e.Code, CasesText.Messages.Get(e.Code, [.. e.Arguments]));
        }
        catch (CaseRuleException e)
        {
            throw new BusinessRuleException(e.Code, CasesText.Messages.Get(e.Code, [.. e.Arguments]));
        }
    }
}
