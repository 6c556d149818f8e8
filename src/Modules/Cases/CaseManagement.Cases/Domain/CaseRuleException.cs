using CaseManagement.Cases.Contracts;

namespace CaseManagement.Cases.Domain;

/// <summary>A rule of the procedure refused an action; <see cref="Code"/> names the rule (and its
/// message in the module's resources).</summary>
public class CaseRuleException(string code, params object[] arguments) : Exception(code)
{
    public string Code { get; } = code;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}

/// <summary>The case's state, not the request, stands in the way (a step not taken yet, a transfer
/// waiting, a closed case): the same request may succeed once the case has moved on.</summary>
public class CaseStateException(string code, params object[] arguments) : CaseRuleException(code, arguments);

/// <summary>The action is not allowed in the case's current step; the allowed ones are listed.</summary>
public sealed class CaseActionNotAllowedException(CaseStatus status, CaseAction action, IReadOnlyList<CaseAction> allowed)
    : CaseStateException("case.action_not_allowed")
{
    public CaseStatus Status { get; } = status;

    public CaseAction Action { get; } = action;

    public IReadOnlyList<CaseAction> Allowed { get; } = allowed;
}
