namespace CaseManagement.Cases.Features.Attachments;

/// <summary><c>Cases:Attachments</c>: the largest file accepted.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Cases:Attachments";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
