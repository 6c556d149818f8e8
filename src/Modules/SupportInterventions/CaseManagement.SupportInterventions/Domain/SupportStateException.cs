namespace CaseManagement.SupportInterventions.Domain;

/// <summary>A step the record's current state does not allow (409), named by a message code of
/// Resources/SupportMessages with its arguments.</summary>
public sealed class SupportStateException(string code, params object[] arguments) : Exception(code)
{
    public string Code { get; } = code;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
