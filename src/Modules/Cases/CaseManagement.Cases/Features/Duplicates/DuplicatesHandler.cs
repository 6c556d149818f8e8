using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using CaseManagement.Cases.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Duplicates;

/// <summary>
/// Proposes children who may already be known, before a report is saved. Candidates come from
/// selective keyed hashes only (personal number, whole name, family and given name with the birth
/// year ±1, given name with the birth year, a parent's name): never from a single common word such as
/// "nguyen". They are then
/// scored on what is in the clear (sex, birth year, commune) and kept when inside the caller's
/// jurisdiction.
/// </summary>
internal sealed class DuplicatesHandler(
    CasesDbContext db, NameKeys keys, Jurisdiction<CasesDbContext> jurisdiction, SensitiveData sealer, CaseActors actors, CaseUnits units, TimeProvider clock)
{
    private const int Threshold = 40;
    private const int MaxCandidates = 10;

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(DuplicateQuery query, CancellationToken ct)
    {
        var day = VietnamTime.DateOf(RequestValues.ParseInstant(query.ReceivedAt) ?? clock.GetUtcNow());
        var birthYear = RequestValues.ParseDate(query.DateOfBirth)?.Year ?? (query.EstimatedAge is { } age ? day.Year - age : null);
        var probes = Probes(query, birthYear);
        if (probes.Count == 0)
        {
            return [];
        }

        var hits = await HitsAsync(probes, birthYear, RequestValues.ParseCode<Sex>(query.Sex), ct);
        var commune = (await units.CommuneOfAsync(query.ResidenceUnitCode, day, ct))?.CommuneCode;
        var scored = new List<(HitChild Child, int Score, List<string> Reasons)>();
        foreach (var child in hits.GroupBy(h => h.ChildId))
        {
            var first = child.First();
            var kinds = child.Select(h => h.Kind).ToHashSet();
            var childCommune = (await units.CommuneOfAsync(first.ResidenceUnitCode, day, ct))?.CommuneCode;
            var (score, reasons) = Score(kinds, first.Sex, first.BirthYear, RequestValues.ParseCode<Sex>(query.Sex), birthYear, commune is not null && commune == childCommune);
            if (score >= Threshold)
            {
                scored.Add((first, score, reasons));
            }
        }

        // Only the best few are looked at closer: their dates of birth, their cases, whether the caller may see them, their names.
        var best = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Child.ChildId).Take(MaxCandidates * 5).ToList();
        var ids = best.Select(b => b.Child.ChildId).ToList();
        var identities = (await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.IdentitySealed, ct))
            .ToDictionary(e => e.Key, e => sealer.OpenJson<ChildIdentity>(e.Value, e.Key));
        if (RequestValues.ParseDate(query.DateOfBirth) is { } born)
        {
            best = [.. best.Select(b => ByDateOfBirth(b, born, identities[b.Child.ChildId].DateOfBirth)).Where(b => b.Score >= Threshold)
                .OrderByDescending(s => s.Score).ThenBy(s => s.Child.ChildId)];
        }

        var cases = await db.CaseChildren.AsNoTracking().Where(cc => ids.Contains(cc.ChildId))
            .Join(db.Cases, cc => cc.CaseId, c => c.Id, (cc, c) => new { cc.ChildId, c.Id, c.Number, c.UnitCode, c.Status, c.ReceivedAt })
            .ToListAsync(ct);
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var kept = best.Where(b => (b.Child.ResidenceUnitCode is { } home && visible.Contains(home))
                || cases.Any(c => c.ChildId == b.Child.ChildId && visible.Contains(c.UnitCode)))
            .Take(MaxCandidates).ToList();
        return kept.Select(k =>
        {
            var name = identities[k.Child.ChildId].FullName;
            return new DuplicateCandidate(
                k.Child.ChildId, actors.SeesIdentities ? name : Masking.Initials(name), k.Child.Sex, k.Child.BirthYear, k.Child.ResidenceUnitCode, k.Score,
                k.Reasons,
                cases.Where(c => c.ChildId == k.Child.ChildId && visible.Contains(c.UnitCode)).OrderByDescending(c => c.ReceivedAt)
                    .Select(c => new CandidateCase(c.Id, c.Number, c.UnitCode, c.Status, c.ReceivedAt)).ToList());
        }).ToList();
    }

    private sealed record HitChild(Guid ChildId, ChildKeyKind Kind, Sex Sex, int? BirthYear, string? ResidenceUnitCode);

    /// <summary>The children behind the probes, read from the keys alone (which carry each child's sex,
    /// birth year and residence), never their sealed identity. Those who cannot
    /// reach the threshold (another sex, an age more than three years off) are left in the database,
    /// except on a personal number, which is evidence enough on its own.</summary>
    private async Task<List<HitChild>> HitsAsync(Dictionary<long, ChildKeyKind> probes, int? birthYear, Sex? sex, CancellationToken ct)
    {
        var hashes = probes.Keys.ToList();
        var (fromYear, toYear) = birthYear is { } year ? (year - 3, year + 3) : (int.MinValue, int.MaxValue);
        var knownSex = sex is Sex.Male or Sex.Female ? sex : null;
        var rows = await db.ChildKeys.AsNoTracking().Where(k => hashes.Contains(k.Hash))
            .Select(k => new { k.ChildId, k.Kind, k.Hash, k.Sex, k.BirthYear, k.ResidenceUnitCode })
            .Where(h => h.Kind == ChildKeyKind.PersonalNumber
                || ((h.BirthYear == null || (h.BirthYear >= fromYear && h.BirthYear <= toYear)) && (knownSex == null || h.Sex == knownSex || h.Sex == Sex.Unknown)))
            .OrderBy(h => h.ChildId)
            .Take(5000)
            .ToListAsync(ct);
        return rows.Where(h => probes.TryGetValue(h.Hash, out var kind) && kind == h.Kind)
            .Select(h => new HitChild(h.ChildId, h.Kind, h.Sex, h.BirthYear, h.ResidenceUnitCode)).ToList();
    }

    /// <summary>The selective hashes of the query, with the kind each stands for.</summary>
    private Dictionary<long, ChildKeyKind> Probes(DuplicateQuery query, int? birthYear)
    {
        var probes = new Dictionary<long, ChildKeyKind>();
        if (NameKeys.PersonalNumber(query.PersonalNumber) is { } number)
        {
            probes[keys.Hash(ChildKeyKind.PersonalNumber, number)] = ChildKeyKind.PersonalNumber;
        }

        var name = NameKeys.Normalise(query.FullName ?? "");
        if (name.Length > 0)
        {
            var words = name.Split(' ');
            probes[keys.Hash(ChildKeyKind.FullName, name)] = ChildKeyKind.FullName;
            if (birthYear is { } year)
            {
                // A recorded birth year may be an estimate: the same family and given name a year either side.
                foreach (var candidateYear in new[] { year - 1, year, year + 1 })
                {
                    probes[keys.FamilyGivenAndYear(words, candidateYear)] = ChildKeyKind.FamilyGivenNameAndBirthYear;
                }

                // Another spelling of the family name: the given name and the same birth year.
                probes[keys.GivenAndYear(words[^1], year)] = ChildKeyKind.GivenNameAndBirthYear;
            }
        }

        foreach (var carer in (query.CarerNames ?? []).Select(NameKeys.Normalise).Where(n => n.Length > 0))
        {
            probes[keys.Hash(ChildKeyKind.ParentName, carer)] = ChildKeyKind.ParentName;
        }

        return probes;
    }

    /// <summary>Both dates of birth known: the same day is a strong sign, another day (same name, same year) a strong
    /// sign of another child.</summary>
    private static (HitChild Child, int Score, List<string> Reasons) ByDateOfBirth(
        (HitChild Child, int Score, List<string> Reasons) candidate, DateOnly born, DateOnly? childBorn) => childBorn switch
    {
        null => candidate,
        { } same when same == born => (candidate.Child, candidate.Score + 20, [.. candidate.Reasons, "same-date-of-birth"]),
        _ => (candidate.Child, candidate.Score - 30, candidate.Reasons),
    };

    private static (int Score, List<string> Reasons) Score(IReadOnlySet<ChildKeyKind> kinds, Sex childSex, int? childBirthYear, Sex? sex, int? birthYear, bool sameCommune)
    {
        var score = 0;
        var reasons = new List<string>();
        void Add(int points, string reason)
        {
            score += points;
            reasons.Add(reason);
        }

        if (kinds.Contains(ChildKeyKind.PersonalNumber))
        {
            Add(60, "personal-number");
        }

        if (kinds.Contains(ChildKeyKind.FullName))
        {
            Add(35, "same-name");
        }
        else if (kinds.Contains(ChildKeyKind.FamilyGivenNameAndBirthYear))
        {
            Add(25, "similar-name");
        }
        else if (kinds.Contains(ChildKeyKind.GivenNameAndBirthYear))
        {
            Add(15, "same-given-name-and-age");
        }

        if (kinds.Contains(ChildKeyKind.ParentName))
        {
            Add(20, "same-parent");
        }

        if (birthYear is { } year && childBirthYear is { } known)
        {
            var gap = Math.Abs(year - known);
            if (gap <= 1)
            {
                Add(gap == 0 ? 15 : 10, "close-age");
            }
            else if (gap > 3)
            {
                score -= 30;
            }
        }

        if (sex is { } given && given != Sex.Unknown && childSex != Sex.Unknown)
        {
            if (given == childSex)
            {
                Add(10, "same-sex");
            }
            else
            {
                score -= 40;
            }
        }

        if (sameCommune)
        {
            Add(10, "same-commune");
        }

        return (score, reasons);
    }
}
