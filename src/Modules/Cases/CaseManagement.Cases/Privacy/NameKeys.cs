using CaseManagement.BuildingBlocks.Privacy;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaseManagement.Cases.Domain;
using Microsoft.Extensions.Options;

namespace CaseManagement.Cases.Privacy;

/// <summary>
/// Keyed hashes of identifying values, for search and duplicate matching without the values in the
/// clear. Names are normalised first: Vietnamese diacritics and case are ignored ("Nguyễn Văn An",
/// "nguyen van an" and "NGUYEN VAN AN" match), đ counts as d, spaces are collapsed.
/// </summary>
public sealed class NameKeys
{
    /// <summary>One keyed HMAC per thread, reused: a one-shot HMAC sets the key up again on every call,
    /// several times the cost of the hash itself, and a report needs about ten.</summary>
    private readonly ThreadLocal<HMACSHA256> hmac;

    public NameKeys(IOptions<PrivacyOptions> options)
    {
        var key = Convert.FromBase64String(options.Value.HashKey);
        if (key.Length < 32)
        {
            throw new InvalidOperationException($"{PrivacyOptions.Section}: HashKey must be at least 32 bytes (base64).");
        }

        hmac = new ThreadLocal<HMACSHA256>(() => new HMACSHA256(key));
    }

    public static string Normalise(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '-' or '.' or ',')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static IReadOnlyList<string> Words(string name) =>
        Normalise(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public long Hash(ChildKeyKind kind, string normalised)
    {
        Span<byte> input = stackalloc byte[Encoding.UTF8.GetMaxByteCount(normalised.Length) + 1];
        input[0] = (byte)kind;
        var length = Encoding.UTF8.GetBytes(normalised, input[1..]) + 1;
        Span<byte> mac = stackalloc byte[32];
        hmac.Value!.TryComputeHash(input[..length], mac, out _);
        return BitConverter.ToInt64(mac[..8]);
    }

    /// <summary>The keys of a child for matching: whole name, family and given name with the birth
    /// year, given name and birth year, personal number, parents' names. (Words for search are kept per case: <see cref="WordsOf"/>.)</summary>
    public IEnumerable<ChildKey> For(Guid childId, string fullName, int? birthYear, string? personalNumber, IEnumerable<string> parentNames)
    {
        var name = Normalise(fullName);
        if (name.Length > 0)
        {
            var words = name.Split(' ');
            yield return new ChildKey(childId, ChildKeyKind.FullName, Hash(ChildKeyKind.FullName, name));

            if (birthYear is { } year)
            {
                yield return new ChildKey(childId, ChildKeyKind.FamilyGivenNameAndBirthYear, FamilyGivenAndYear(words, year));
                yield return new ChildKey(childId, ChildKeyKind.GivenNameAndBirthYear, GivenAndYear(words[^1], year));
            }
        }

        if (PersonalNumber(personalNumber) is { } number)
        {
            yield return new ChildKey(childId, ChildKeyKind.PersonalNumber, Hash(ChildKeyKind.PersonalNumber, number));
        }

        foreach (var parent in parentNames.Select(Normalise).Where(p => p.Length > 0).Distinct())
        {
            yield return new ChildKey(childId, ChildKeyKind.ParentName, Hash(ChildKeyKind.ParentName, parent));
        }
    }

    /// <summary>The search keys of a child's name in a case of a commune: one per distinct word.</summary>
    public IEnumerable<CaseSearchKey> WordsOf(Guid caseId, string unitCode, string fullName) =>
        Words(fullName).Distinct().Select(word => new CaseSearchKey(caseId, Hash(ChildKeyKind.NameWord, word), unitCode));

    public long FamilyGivenAndYear(IReadOnlyList<string> words, int birthYear) =>
        Hash(ChildKeyKind.FamilyGivenNameAndBirthYear, FamilyAndGiven(words) + " " + birthYear.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public long GivenAndYear(string givenName, int birthYear) =>
        Hash(ChildKeyKind.GivenNameAndBirthYear, givenName + " " + birthYear.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>"nguyen van an" → "nguyen an"; a one-word name stays as it is.</summary>
    public static string FamilyAndGiven(IReadOnlyList<string> words) => words.Count > 1 ? words[0] + " " + words[^1] : words[0];

    public static string? PersonalNumber(string? number)
    {
        var digits = number is null ? "" : new string(number.Where(char.IsDigit).ToArray());
        return digits.Length > 0 ? digits : null;
    }
}
