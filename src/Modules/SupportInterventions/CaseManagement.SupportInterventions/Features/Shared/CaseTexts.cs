using CaseManagement.BuildingBlocks.Privacy;

namespace CaseManagement.SupportInterventions.Features.Shared;

/// <summary>
/// The free text written about a child in support work (measure notes, plan objectives and items,
/// referral descriptions and deliveries, observations, review findings, closing notes): sealed as the
/// case's narrative is, bound to the case, and opened only in answers to those entitled to read them.
/// A text stored in plain (written before these texts were sealed) is read as it is: nothing saved is lost.
/// </summary>
public sealed class CaseTexts(SensitiveData sealer)
{
    public string Seal(string text, Guid caseId) => sealer.Seal(text, caseId);

    public string? SealOptional(string? text, Guid caseId) => string.IsNullOrEmpty(text) ? null : sealer.Seal(text, caseId);

    public string Open(string sealedText, Guid caseId) => sealer.IsSealed(sealedText) ? sealer.Open(sealedText, caseId) : sealedText;

    public string? OpenOptional(string? sealedText, Guid caseId) => sealedText is null ? null : Open(sealedText, caseId);
}
