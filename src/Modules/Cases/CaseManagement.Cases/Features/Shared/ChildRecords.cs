using CaseManagement.BuildingBlocks.Privacy;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Intake;
using CaseManagement.Cases.Persistence;
using CaseManagement.Cases.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Shared;

/// <summary>A child of a report: the link to the case, the facts statistics get, the name (for the
/// case's search keys; never stored in the clear), and the child's record when this report registers
/// it (to be saved with the report).</summary>
public sealed record ResolvedChild(CaseChild Link, ChildFacts Facts, string FullName, Child? Registered);

/// <summary>Finds the existing children a report names (inside the caller's jurisdiction) and
/// registers the new ones, sealed, with their search keys; the caller saves the new ones.</summary>
public sealed class ChildRecords(CasesDbContext db, Jurisdiction<CasesDbContext> jurisdiction, SensitiveData sealer, NameKeys keys, TimeProvider clock)
{
    public async Task<IReadOnlyList<ResolvedChild>> ResolveAsync(Guid caseId, IReadOnlyList<ChildRequest> requests, DateOnly reportDay, CancellationToken ct)
    {
        var result = new List<ResolvedChild>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var child = request.ExistingChildId is { } existingId
                ? await VisibleAsync(existingId, ct) ?? throw new RequestValidationException(new Dictionary<string, string[]>
                {
                    [$"children[{i}].existingChildId"] = [CasesText.Messages["child.not_found"]],
                })
                : Register(request, reportDay);
            var registered = request.ExistingChildId is null ? child : null;
            var identity = request.ExistingChildId is null ? null : sealer.OpenJson<ChildIdentity>(child.IdentitySealed, child.Id);
            var birthDate = identity?.DateOfBirth ?? RequestValues.ParseDate(request.DateOfBirth);
            var age = Child.AgeOn(birthDate, child.BirthYear, reportDay);
            result.Add(new ResolvedChild(
                new CaseChild(caseId, child.Id, age), new ChildFacts(child.Id, child.Sex, age, child.BirthYear, child.ResidenceUnitCode),
                identity?.FullName ?? request.FullName!.Trim(), registered));
        }

        return result;
    }

    /// <summary>A child the caller may see: one living in their jurisdiction or in one of its cases.</summary>
    public async Task<Child?> VisibleAsync(Guid childId, CancellationToken ct)
    {
        var child = await db.Children.SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return null;
        }

        var visible = await jurisdiction.UnitCodesAsync(ct);
        var inCase = await db.CaseChildren.Where(cc => cc.ChildId == childId)
            .Join(db.Cases, cc => cc.CaseId, c => c.Id, (_, c) => c.UnitCode)
            .ToListAsync(ct);
        return (child.ResidenceUnitCode is { } home && visible.Contains(home)) || inCase.Any(visible.Contains) ? child : null;
    }

    private Child Register(ChildRequest request, DateOnly reportDay)
    {
        var id = Guid.CreateVersion7();
        var birthDate = RequestValues.ParseDate(request.DateOfBirth);
        var carers = (request.Carers ?? []).Select(c => new CarerIdentity(c.FullName!, c.Age, c.Relationship, c.Occupation, c.FamilySituation, c.IsCurrentCarer)).ToList();
        var identity = new ChildIdentity(request.FullName!.Trim(), birthDate, NameKeys.PersonalNumber(request.PersonalNumber), request.Address, request.School, request.SchoolClass, carers);
        var profile = new ChildProfile(
            RequestValues.ParseCode<Sex>(request.Sex)!.Value,
            birthDate?.Year ?? reportDay.Year - request.EstimatedAge,
            birthDate is null,
            request.Ethnicity,
            request.ResidenceUnitCode);
        return Child.Register(id, profile, sealer.SealJson(identity, id), keys.For(id, identity.FullName, profile.BirthYear, identity.PersonalNumber, carers.Select(c => c.FullName)), clock.GetUtcNow());
    }
}
