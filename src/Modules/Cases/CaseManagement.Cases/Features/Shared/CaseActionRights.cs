using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
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

    /// <summary>The chair decides the emergency intervention and a separation; the social worker records the rest.</summary>
    public static string CapabilityFor(SupportAction action) =>
        action is SupportAction.EmergencyDecision or SupportAction.Separation ? Capabilities.CasesDecide : Capabilities.CasesWrite;

    /// <summary>The support work the case's step allows (<see cref="SupportSteps"/>) that the caller may record.</summary>
    public static IReadOnlyList<SupportAction> SupportFor(CaseStatus status, ICurrentUser caller) =>
        [.. Enum.GetValues<SupportAction>().Where(action => SupportSteps.Allows(status, action) && Capabilities.Grants(CapabilityFor(action), caller.IsInRole))];

    public static IReadOnlyList<CaseAction> For(IEnumerable<CaseAction> allowed, ICurrentUser caller) =>
        [.. allowed.Where(action => Capabilities.Grants(CapabilityFor(action), caller.IsInRole))];
}
