namespace CaseManagement.BuildingBlocks.Privacy;

/// <summary>
/// <c>Privacy</c>: the keys that seal sensitive data (a child's and a reporter's identity, a separated child's carer). <see cref="Keys"/>
/// maps a key id to 32 random bytes in base64; new data is sealed with <see cref="CurrentKeyId"/>,
/// older keys stay to open what they sealed (rotation). <see cref="HashKey"/> keys the searchable
/// hashes. Keys come from configuration (environment or a secret store), never from the repository,
/// except the development key of the embedded default.
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    public Dictionary<string, string> Keys { get; set; } = [];

    public string CurrentKeyId { get; set; } = "";

    public string HashKey { get; set; } = "";
}
