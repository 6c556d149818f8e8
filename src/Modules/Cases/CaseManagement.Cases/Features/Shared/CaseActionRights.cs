using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Domain;

namespace CaseManagement.Cases.Features.Shared;

/// <summary>Which of a case's next actions the caller may take, by the capability each needs (the same capability as
/// the endpoint that takes it, here or in SupportInterventions): a social worker is not offered the chair's decisions.</summary>
public static class CaseActionRights
{
    public static string CapabilityFor(CaseAction action) => action switch
    {
        // The chair decides a closure, and the emergency intervention (SupportInterventions' emergency decision).
        CaseAction.ApproveClosure or CaseAction.RejectClosure or CaseAction.CompleteEmergency => Capabilities.CasesDecide,
        // The plan's approval (Mẫu 05) is the chair's, in SupportInterventions.
        CaseAction.ApprovePlan => Capabilities.PlansApprove,
        _ => Capabilities.CasesWrite,
    };

    public static IReadOnlyList<CaseAction> For(IEnumerable<CaseAction> allowed, ICurrentUser caller) =>
        [.. allowed.Where(action => Capabilities.Grants(CapabilityFor(action), caller.IsInRole))];
}
