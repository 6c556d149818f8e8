namespace CaseManagement.Cases.Features.Shared;

/// <summary>How an identity shows to a role that does not work with it.</summary>
public static class Masking
{
    /// <summary>"Nguyễn Văn An" → "N. V. A.": enough to tell children of one case apart, not to find one.</summary>
    public static string Initials(string fullName) =>
        string.Join(' ', fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + "."));
}
