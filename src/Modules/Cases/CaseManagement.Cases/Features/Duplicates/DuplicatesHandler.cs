using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using CaseManagement.Cases.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Duplicates;

/// <summary>
/// Proposes children who may already be known, before a report is saved. Candidates come from
/// selective keyed hashes only (personal number, whole name, family and given name, given name and
/// birth year ±1, a parent's name): never from a single common word such as "nguyen". They are then
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
        var day = VietnamTime.DateOf(Codes.ParseInstant(query.ReceivedAt) ?? clock.GetUtcNow());
        var birthYear = Codes.ParseDate(query.DateOfBirth)?.Year ?? (query.EstimatedAge is { } age ? day.Year - age : null);
        var probes = Probes(query, birthYear);
        if (probes.Count == 0)
        {
            return [];
        }

        var hashes = probes.Keys.ToList();
        var hits = await db.ChildKeys.AsNoTracking().Where(k => hashes.Contains(k.Hash)).OrderBy(k => k.ChildId).Take(5000).ToListAsync(ct);
        var matched = hits.Where(h => probes.TryGetValue(h.Hash, out var kind) && kind == h.Kind)
            .GroupBy(h => h.ChildId).ToDictionary(g => g.Key, g => g.Select(h => h.Kind).ToHashSet());
        if (matched.Count == 0)
        {
            return [];
        }

        var ids = matched.Keys.ToList();
        var children = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var cases = await db.CaseChildren.AsNoTracking().Where(cc => ids.Contains(cc.ChildId))
            .Join(db.Cases, cc => cc.CaseId, c => c.Id, (cc, c) => new { cc.ChildId, c.Id, c.Number, c.UnitCode, c.Status, c.ReceivedAt })
            .ToListAsync(ct);
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var sex = Codes.Parse<Sex>(query.Sex);
        var commune = (await units.CommuneOfAsync(query.ResidenceUnitCode, day, ct))?.CommuneCode;
        var result = new List<DuplicateCandidate>();
        foreach (var child in children)
        {
            var childCases = cases.Where(c => c.ChildId == child.Id).ToList();
            var seen = (child.ResidenceUnitCode is { } home && visible.Contains(home)) || childCases.Any(c => visible.Contains(c.UnitCode));
            if (!seen)
            {
                continue;
            }

            var childCommune = (await units.CommuneOfAsync(child.ResidenceUnitCode, day, ct))?.CommuneCode;
            var (score, reasons) = Score(matched[child.Id], child, sex, birthYear, commune is not null && commune == childCommune);
            if (score < Threshold)
            {
                continue;
            }

            var name = sealer.OpenJson<ChildIdentity>(child.IdentitySealed, child.Id).FullName;
            result.Add(new DuplicateCandidate(
                child.Id, actors.SeesIdentities ? name : Masking.Initials(name), child.Sex, child.BirthYear, child.ResidenceUnitCode, score, reasons,
                childCases.Where(c => visible.Contains(c.UnitCode)).OrderByDescending(c => c.ReceivedAt)
                    .Select(c => new CandidateCase(c.Id, c.Number, c.UnitCode, c.Status, c.ReceivedAt)).ToList()));
        }

        return result.OrderByDescending(c => c.Score).ThenBy(c => c.ChildId).Take(MaxCandidates).ToList();
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
            probes[keys.Hash(ChildKeyKind.FamilyAndGivenName, NameKeys.FamilyAndGiven(words))] = ChildKeyKind.FamilyAndGivenName;
            if (birthYear is { } year)
            {
                foreach (var candidateYear in new[] { year - 1, year, year + 1 })
                {
                    probes[keys.GivenAndYear(words[^1], candidateYear)] = ChildKeyKind.GivenNameAndBirthYear;
                }
            }
        }

        foreach (var carer in (query.CarerNames ?? []).Select(NameKeys.Normalise).Where(n => n.Length > 0))
        {
            probes[keys.Hash(ChildKeyKind.ParentName, carer)] = ChildKeyKind.ParentName;
        }

        return probes;
    }

    private static (int Score, List<string> Reasons) Score(IReadOnlySet<ChildKeyKind> kinds, Child child, Sex? sex, int? birthYear, bool sameCommune)
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
        else if (kinds.Contains(ChildKeyKind.FamilyAndGivenName))
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

        if (birthYear is { } year && child.BirthYear is { } known)
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

        if (sex is { } given && given != Sex.Unknown && child.Sex != Sex.Unknown)
        {
            if (given == child.Sex)
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
