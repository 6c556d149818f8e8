using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Shared;

internal sealed class CaseStepsQuery(CasesDbContext db) : ICaseSteps
{
    public Task<CaseStatus?> StatusOfAsync(Guid caseId, CancellationToken ct) =>
        db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (CaseStatus?)c.Status).SingleOrDefaultAsync(ct);
}
