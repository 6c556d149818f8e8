using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CaseManagement.BuildingBlocks.Privacy;

/// <summary>
/// Seals and opens sensitive text with AES-256-GCM (authenticated: a changed byte fails to open).
/// Sealed form: <c>keyId:base64(nonce | tag | ciphertext)</c>, so that a key can be rotated while
/// old rows stay readable. The case id is bound as associated data: a sealed value copied onto
/// another record does not open there.
/// </summary>
public sealed class SensitiveData
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Dictionary<string, byte[]> keys;
    private readonly string currentKeyId;

    public SensitiveData(IOptions<PrivacyOptions> options)
    {
        var settings = options.Value;
        keys = settings.Keys.ToDictionary(k => k.Key, k => DecodeKey(k.Key, k.Value), StringComparer.Ordinal);
        currentKeyId = settings.CurrentKeyId;
        if (!keys.ContainsKey(currentKeyId) || currentKeyId.Contains(':', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{PrivacyOptions.Section}: CurrentKeyId must name one of the configured Keys.");
        }
    }

    public string Seal(string plaintext, Guid recordId)
    {
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + input.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys[currentKeyId], TagSize);
        aes.Encrypt(nonce, input, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), recordId.ToByteArray());
        return currentKeyId + ":" + Convert.ToBase64String(output);
    }

    /// <summary>Whether the text is in sealed form (it names a configured key); plain text is not.</summary>
    public bool IsSealed(string text)
    {
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        return separator > 0 && keys.ContainsKey(text[..separator]);
    }

    public string Open(string sealedText, Guid recordId)
    {
        var separator = sealedText.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0 || !keys.TryGetValue(sealedText[..separator], out var key))
        {
            throw new CryptographicException("Sealed data names no configured key.");
        }

        var data = Convert.FromBase64String(sealedText[(separator + 1)..]);
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain, recordId.ToByteArray());
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Seals a file: <c>keyId</c> length-prefixed, then nonce, tag and ciphertext.</summary>
    public byte[] SealBytes(ReadOnlySpan<byte> content, Guid recordId)
    {
        var keyId = Encoding.UTF8.GetBytes(currentKeyId);
        var output = new byte[1 + keyId.Length + NonceSize + TagSize + content.Length];
        output[0] = (byte)keyId.Length;
        keyId.CopyTo(output, 1);
        var body = output.AsSpan(1 + keyId.Length);
        RandomNumberGenerator.Fill(body[..NonceSize]);
        using var aes = new AesGcm(keys[currentKeyId], TagSize);
        aes.Encrypt(body[..NonceSize], content, body[(NonceSize + TagSize)..], body.Slice(NonceSize, TagSize), recordId.ToByteArray());
        return output;
    }

    public byte[] OpenBytes(byte[] sealedContent, Guid recordId)
    {
        var keyId = Encoding.UTF8.GetString(sealedContent, 1, sealedContent[0]);
        if (!keys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException("Sealed data names no configured key.");
        }

        var body = sealedContent.AsSpan(1 + sealedContent[0]);
        var plain = new byte[body.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(body[..NonceSize], body[(NonceSize + TagSize)..], body.Slice(NonceSize, TagSize), plain, recordId.ToByteArray());
        return plain;
    }

    public string SealJson<T>(T value, Guid recordId) => Seal(JsonSerializer.Serialize(value, JsonSerializerOptions.Web), recordId);

    public T OpenJson<T>(string sealedText, Guid recordId) =>
        JsonSerializer.Deserialize<T>(Open(sealedText, recordId), JsonSerializerOptions.Web)
        ?? throw new CryptographicException("Sealed data is empty.");

    private static byte[] DecodeKey(string id, string base64)
    {
        var key = Convert.FromBase64String(base64);
        return key.Length == 32 ? key : throw new InvalidOperationException($"{PrivacyOptions.Section}: key '{id}' must be 32 bytes (base64).");
    }
}
