namespace CaseManagement.Cases.Domain;

/// <summary>A child concerned by a case, with the age at the report (what statistics count by).</summary>
public sealed record CaseChild(Guid CaseId, Guid ChildId, int? AgeAtReport);
