using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Features.Referrals;

/// <summary>The crime reports a police unit logged, the latest first; <see cref="Acknowledged"/> keeps those the commune has
/// (true) or has not yet (false) acknowledged.</summary>
public sealed record CrimeReportsQuery(bool? Acknowledged, int? Page, int? PageSize);

/// <summary>A crime report as the police unit that logged it follows it: the case it opened (number and commune), whether the
/// commune has taken it up, and the police's own outcome. No child's name: the report itself is one click away.</summary>
public sealed record CrimeReportRow(
    Guid ReferralId, Guid CaseId, string CaseNumber, string CaseUnitCode, string PoliceOrganisationName, string? PoliceReference,
    DateTimeOffset LoggedAt, DateTimeOffset? AcknowledgedAt, ReferralOutcome? Outcome, string? OutcomeName);

internal sealed class CrimeReportsQueryValidator : AbstractValidator<CrimeReportsQuery>
{
    public CrimeReportsQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage(_ => CasesText.Messages.Get("field.min", 1));
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100).WithMessage(_ => CasesText.Messages.Get("field.between", 1, 100));
    }
}

/// <summary><c>GET /api/police/crime-reports</c>: the crime reports of the caller's police unit (their jurisdiction), paged.</summary>
internal sealed class CrimeReportsHandler(CasesDbContext db, Jurisdiction<CasesDbContext> jurisdiction)
{
    public async Task<PagedResponse<CrimeReportRow>> ListAsync(CrimeReportsQuery query, CancellationToken ct)
    {
        var (page, size) = (query.Page ?? 1, query.PageSize ?? 20);
        var visible = await jurisdiction.UnitCodesAsync(ct);
        var logged = db.Referrals.AsNoTracking().WithinJurisdiction(visible, r => r.PoliceUnitCode).Where(r => r.Direction == ReferralDirection.FromPolice);
        if (query.Acknowledged is { } acknowledged)
        {
            logged = acknowledged ? logged.Where(r => r.AcknowledgedAt != null) : logged.Where(r => r.AcknowledgedAt == null);
        }

        var total = await logged.CountAsync(ct);
        var rows = await logged.OrderByDescending(r => r.SentAt).ThenBy(r => r.Id).Skip(Paging.Offset(page, size)).Take(size)
            .Join(db.Cases.AsNoTracking(), r => r.CaseId, c => c.Id, (r, c) => new
            {
                r.Id, r.CaseId, c.Number, r.CaseUnitCode, r.PoliceOrganisationName, r.PoliceReference, r.SentAt, r.AcknowledgedAt, r.Outcome,
            })
            .ToListAsync(ct);
        return new PagedResponse<CrimeReportRow>(
            [.. rows.OrderByDescending(r => r.SentAt).ThenBy(r => r.Id).Select(r => new CrimeReportRow(
                r.Id, r.CaseId, r.Number, r.CaseUnitCode, r.PoliceOrganisationName, r.PoliceReference, r.SentAt, r.AcknowledgedAt, r.Outcome,
                r.Outcome is { } outcome ? CasesText.NameOf(outcome) : null))],
            total, page, size);
    }
}
