namespace CaseManagement.BuildingBlocks.Web;

/// <summary>Base of the exceptions the one exception handler turns into RFC 9457 answers.
/// <see cref="Code"/> is a stable machine-readable code; the message is already localised.</summary>
public abstract class ProblemException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The resource does not exist (or is outside what the caller may see): 404.</summary>
public sealed class NotFoundException(string code, string message) : ProblemException(code, message);

/// <summary>The caller may see the resource but not do this with it (for example, download a file
/// their role may not open): 403.</summary>
public sealed class ForbiddenException(string code, string message) : ProblemException(code, message);

/// <summary>The request conflicts with the current state (for example, an action the state does not allow): 409.</summary>
public sealed class ConflictException(string code, string message) : ProblemException(code, message);

/// <summary>Input that is well-formed but breaks a rule that needs no field name: 422.</summary>
public sealed class BusinessRuleException(string code, string message) : ProblemException(code, message);

/// <summary>Field errors found while handling a request (for example, lines of an imported file): 400.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : ProblemException("validation", "Validation failed.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
