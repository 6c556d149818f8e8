using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Cases.Contracts;
using CaseManagement.Identity.Persistence;
using CaseManagement.SupportInterventions.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using static CaseManagement.Identity.Notifications.Audience;

namespace CaseManagement.Identity.Notifications;

// Who is told of what: the social worker of the commune of work arriving there, the chair of what awaits a
// decision, the police of a referral to acknowledge, a provider of a referral to answer. Each is one small consumer.

/// <summary>A report for the commune (a crime report is told as such, below); the case's number is kept for later notices.</summary>
internal sealed class ReportNotifier(IdentityDbContext db, TimeProvider clock) : Notifier<CaseReported>(db, clock)
{
    protected override string ConsumerName => "identity.notify.case-reported";

    protected override Notice? Describe(CaseReported m) => m.Channel == ReportChannel.Police ? null
        : new(NoticeKinds.ReportReceived, m.CaseId, m.UnitCode, InUnit(m.UnitCode, Roles.SocialWorker), CaseNumber: m.CaseNumber);

    protected override Task HandleAsync(IReadOnlyList<ConsumeContext<CaseReported>> messages, CancellationToken ct)
    {
        foreach (var reported in messages.Select(m => m.Message).DistinctBy(m => m.CaseId))
        {
            Db.KnownCases.Add(new KnownCase(reported.CaseId, reported.CaseNumber, reported.UnitCode));
        }

        return base.HandleAsync(messages, ct);
    }
}

internal sealed class PoliceReferralNotifier(IdentityDbContext db, TimeProvider clock) : Notifier<PoliceReferralSent>(db, clock)
{
    protected override string ConsumerName => "identity.notify.police-referral-sent";

    protected override Notice Describe(PoliceReferralSent m) => m.Direction == ReferralDirection.ToPolice
        ? new(NoticeKinds.ReferralToAcknowledge, m.CaseId, m.CaseUnitCode, InUnitOrAbove(m.PoliceUnitCode, Roles.PoliceLiaison), m.ReferralId)
        : new(NoticeKinds.CrimeReportToAcknowledge, m.CaseId, m.CaseUnitCode, InUnit(m.CaseUnitCode, Roles.SocialWorker), m.ReferralId);
}

internal sealed class TransferNotifier(IdentityDbContext db, TimeProvider clock) : Notifier<CaseTransferRequested>(db, clock)
{
    protected override string ConsumerName => "identity.notify.transfer-requested";

    protected override Notice Describe(CaseTransferRequested m) =>
        new(NoticeKinds.TransferOffered, m.CaseId, m.ToUnitCode, InUnit(m.ToUnitCode, Roles.SocialWorker), CaseNumber: m.CaseNumber);
}

/// <summary>A case accepted by another commune: its later notices go there.</summary>
internal sealed class TransferredCaseFollower(IdentityDbContext db, TimeProvider clock) : Notifier<CaseTransferred>(db, clock)
{
    protected override string ConsumerName => "identity.notify.case-transferred";

    protected override Notice? Describe(CaseTransferred m) => null;

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<CaseTransferred>> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => m.Message.CaseId).ToList();
        var known = await Db.KnownCases.Where(k => ids.Contains(k.CaseId)).ToDictionaryAsync(k => k.CaseId, ct);
        foreach (var moved in messages.Select(m => m.Message).Where(m => known.ContainsKey(m.CaseId)))
        {
            known[moved.CaseId].UnitCode = moved.ToUnitCode;
        }

        await base.HandleAsync(messages, ct);
    }
}

internal sealed class PlanReturnedNotifier(IdentityDbContext db, TimeProvider clock) : Notifier<SupportPlanReturned>(db, clock)
{
    protected override string ConsumerName => "identity.notify.plan-returned";

    protected override Notice Describe(SupportPlanReturned m) =>
        new(NoticeKinds.PlanReturned, m.CaseId, m.UnitCode, InUnit(m.UnitCode, Roles.SocialWorker), m.PlanId);
}

/// <summary>A limit overdue: told now, and kept for the daily digest until the module says it ended.</summary>
internal abstract class OverdueNotifier<TMessage>(IdentityDbContext db, TimeProvider clock) : Notifier<TMessage>(db, clock)
    where TMessage : class
{
    protected abstract (Guid DeadlineId, Guid CaseId, string UnitCode, DateTimeOffset DueAt) Limit(TMessage message);

    protected override Notice Describe(TMessage message)
    {
        var (deadline, caseId, unit, due) = Limit(message);
        return new(NoticeKinds.LimitOverdue, caseId, unit, InUnit(unit, Roles.SocialWorker, Roles.CommuneChair), deadline, DueAt: due);
    }

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<TMessage>> messages, CancellationToken ct)
    {
        var limits = messages.Select(m => Limit(m.Message)).DistinctBy(l => l.DeadlineId).ToList();
        var ids = limits.Select(l => l.DeadlineId).ToList();
        var kept = await Db.OverdueLimits.Where(l => ids.Contains(l.DeadlineId)).Select(l => l.DeadlineId).ToListAsync(ct);
        Db.OverdueLimits.AddRange(limits.Where(l => !kept.Contains(l.DeadlineId)).Select(l => new OverdueLimit(l.DeadlineId, l.CaseId, l.UnitCode, l.DueAt)));
        await base.HandleAsync(messages, ct);
    }
}

/// <summary>A limit that ended leaves the daily digest (whether it was ever overdue or not).</summary>
internal abstract class LimitEndedFollower<TMessage>(IdentityDbContext db, TimeProvider clock) : Notifier<TMessage>(db, clock)
    where TMessage : class
{
    protected abstract Guid DeadlineId(TMessage message);

    protected override Notice? Describe(TMessage message) => null;

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<TMessage>> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => DeadlineId(m.Message)).ToList();
        Db.OverdueLimits.RemoveRange(await Db.OverdueLimits.Where(l => ids.Contains(l.DeadlineId)).ToListAsync(ct));
    }
}

internal sealed class LimitOverdueNotifier(IdentityDbContext db, TimeProvider clock) : OverdueNotifier<DeadlineBreached>(db, clock)
{
    protected override string ConsumerName => "identity.notify.deadline-breached";

    protected override (Guid, Guid, string, DateTimeOffset) Limit(DeadlineBreached m) => (m.DeadlineId, m.CaseId, m.UnitCode, m.DueAt);
}

internal sealed class SupportLimitOverdueNotifier(IdentityDbContext db, TimeProvider clock) : OverdueNotifier<SupportDeadlineBreached>(db, clock)
{
    protected override string ConsumerName => "identity.notify.support-deadline-breached";

    protected override (Guid, Guid, string, DateTimeOffset) Limit(SupportDeadlineBreached m) => (m.DeadlineId, m.CaseId, m.UnitCode, m.DueAt);
}

internal sealed class LimitEndedFollower(IdentityDbContext db, TimeProvider clock) : LimitEndedFollower<DeadlineStopped>(db, clock)
{
    protected override string ConsumerName => "identity.notify.deadline-stopped";

    protected override Guid DeadlineId(DeadlineStopped m) => m.DeadlineId;
}

internal sealed class SupportLimitEndedFollower(IdentityDbContext db, TimeProvider clock) : LimitEndedFollower<SupportDeadlineStopped>(db, clock)
{
    protected override string ConsumerName => "identity.notify.support-deadline-stopped";

    protected override Guid DeadlineId(SupportDeadlineStopped m) => m.DeadlineId;
}

internal sealed class LimitDueSoonNotifier(IdentityDbContext db, TimeProvider clock) : Notifier<DeadlineDueSoon>(db, clock)
{
    protected override string ConsumerName => "identity.notify.deadline-due-soon";

    protected override Notice Describe(DeadlineDueSoon m) =>
        new(NoticeKinds.LimitDueSoon, m.CaseId, m.UnitCode, InUnit(m.UnitCode, Roles.SocialWorker), m.DeadlineId, DueAt: m.DueAt);
}

internal sealed class SupportLimitDueSoonNotifier(IdentityDbContext db, TimeProvider clock) : Notifier<SupportDeadlineDueSoon>(db, clock)
{
    protected override string ConsumerName => "identity.notify.support-deadline-due-soon";

    protected override Notice Describe(SupportDeadlineDueSoon m) =>
        new(NoticeKinds.LimitDueSoon, m.CaseId, m.UnitCode, InUnit(m.UnitCode, Roles.SocialWorker), m.DeadlineId, DueAt: m.DueAt);
}

internal sealed class EmergencyNotifier(IdentityDbContext db, TimeProvider clock) : Notifier<CaseAssessed>(db, clock)
{
    protected override string ConsumerName => "identity.notify.case-assessed";

    protected override Notice? Describe(CaseAssessed m) => !m.EmergencyNeeded ? null
        : new(NoticeKinds.EmergencyToDecide, m.CaseId, m.UnitCode, InUnit(m.UnitCode, Roles.CommuneChair));
}

internal sealed class PlanSubmittedNotifier(IdentityDbContext db, TimeProvider clock) : Notifier<SupportPlanSubmitted>(db, clock)
{
    protected override string ConsumerName => "identity.notify.plan-submitted";

    protected override Notice Describe(SupportPlanSubmitted m) =>
        new(NoticeKinds.PlanToDecide, m.CaseId, m.UnitCode, InUnit(m.UnitCode, Roles.CommuneChair), m.PlanId);
}

internal sealed class ClosureNotifier(IdentityDbContext db, TimeProvider clock) : Notifier<CaseClosureProposed>(db, clock)
{
    protected override string ConsumerName => "identity.notify.closure-proposed";

    protected override Notice Describe(CaseClosureProposed m) =>
        new(NoticeKinds.ClosureToDecide, m.CaseId, m.UnitCode, InUnit(m.UnitCode, Roles.CommuneChair));
}

internal sealed class ServiceReferralNotifier(IdentityDbContext db, TimeProvider clock) : Notifier<ServiceReferralSent>(db, clock)
{
    protected override string ConsumerName => "identity.notify.service-referral-sent";

    protected override Notice Describe(ServiceReferralSent m) =>
        new(NoticeKinds.ServiceReferralToAnswer, m.CaseId, m.UnitCode, OfOrganisation(m.ProviderOrganisationId, Roles.ServiceProvider), m.ReferralId);
}

internal sealed class ReportNotifierDefinition() : ModuleBatchConsumerDefinition<ReportNotifier>(IdentityModule.Name);

internal sealed class PoliceReferralNotifierDefinition() : ModuleBatchConsumerDefinition<PoliceReferralNotifier>(IdentityModule.Name);

internal sealed class TransferNotifierDefinition() : ModuleBatchConsumerDefinition<TransferNotifier>(IdentityModule.Name);

internal sealed class TransferredCaseFollowerDefinition() : ModuleBatchConsumerDefinition<TransferredCaseFollower>(IdentityModule.Name);

internal sealed class PlanReturnedNotifierDefinition() : ModuleBatchConsumerDefinition<PlanReturnedNotifier>(IdentityModule.Name);

internal sealed class LimitOverdueNotifierDefinition() : ModuleBatchConsumerDefinition<LimitOverdueNotifier>(IdentityModule.Name);

internal sealed class SupportLimitOverdueNotifierDefinition() : ModuleBatchConsumerDefinition<SupportLimitOverdueNotifier>(IdentityModule.Name);

internal sealed class LimitEndedFollowerDefinition() : ModuleBatchConsumerDefinition<LimitEndedFollower>(IdentityModule.Name);

internal sealed class SupportLimitEndedFollowerDefinition() : ModuleBatchConsumerDefinition<SupportLimitEndedFollower>(IdentityModule.Name);

internal sealed class LimitDueSoonNotifierDefinition() : ModuleBatchConsumerDefinition<LimitDueSoonNotifier>(IdentityModule.Name);

internal sealed class SupportLimitDueSoonNotifierDefinition() : ModuleBatchConsumerDefinition<SupportLimitDueSoonNotifier>(IdentityModule.Name);

internal sealed class EmergencyNotifierDefinition() : ModuleBatchConsumerDefinition<EmergencyNotifier>(IdentityModule.Name);

internal sealed class PlanSubmittedNotifierDefinition() : ModuleBatchConsumerDefinition<PlanSubmittedNotifier>(IdentityModule.Name);

internal sealed class ClosureNotifierDefinition() : ModuleBatchConsumerDefinition<ClosureNotifier>(IdentityModule.Name);

internal sealed class ServiceReferralNotifierDefinition() : ModuleBatchConsumerDefinition<ServiceReferralNotifier>(IdentityModule.Name);

internal static class NotifierRegistration
{
    public static void AddNotifiers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ReportNotifier, ReportNotifierDefinition>();
        bus.AddConsumer<PoliceReferralNotifier, PoliceReferralNotifierDefinition>();
        bus.AddConsumer<TransferNotifier, TransferNotifierDefinition>();
        bus.AddConsumer<TransferredCaseFollower, TransferredCaseFollowerDefinition>();
        bus.AddConsumer<PlanReturnedNotifier, PlanReturnedNotifierDefinition>();
        bus.AddConsumer<LimitOverdueNotifier, LimitOverdueNotifierDefinition>();
        bus.AddConsumer<SupportLimitOverdueNotifier, SupportLimitOverdueNotifierDefinition>();
        bus.AddConsumer<LimitEndedFollower, LimitEndedFollowerDefinition>();
        bus.AddConsumer<SupportLimitEndedFollower, SupportLimitEndedFollowerDefinition>();
        bus.AddConsumer<LimitDueSoonNotifier, LimitDueSoonNotifierDefinition>();
        bus.AddConsumer<SupportLimitDueSoonNotifier, SupportLimitDueSoonNotifierDefinition>();
        bus.AddConsumer<EmergencyNotifier, EmergencyNotifierDefinition>();
        bus.AddConsumer<PlanSubmittedNotifier, PlanSubmittedNotifierDefinition>();
        bus.AddConsumer<ClosureNotifier, ClosureNotifierDefinition>();
        bus.AddConsumer<ServiceReferralNotifier, ServiceReferralNotifierDefinition>();
    }
}
