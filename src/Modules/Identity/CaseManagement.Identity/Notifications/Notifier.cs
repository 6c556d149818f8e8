using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.Identity.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Notifications;

/// <summary>Turns one kind of integration event into notices for the people it concerns. Each event is applied once
/// (the inbox), and a person is told of one event once (a unique key on person and event).</summary>
internal abstract class Notifier<TMessage>(IdentityDbContext db, TimeProvider clock) : IdempotentBatchConsumer<TMessage, IdentityDbContext>(db, clock)
    where TMessage : class
{
    /// <summary>What the event tells and whom; null when it tells nobody.</summary>
    protected abstract Notice? Describe(TMessage message);

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<TMessage>> messages, CancellationToken ct)
    {
        var recipients = new Recipients(Db);
        var now = Clock.GetUtcNow();
        var described = messages.Select(m => (Id: m.MessageId!.Value, Notice: Describe(m.Message))).Where(d => d.Notice is not null).ToList();
        var cases = described.Where(d => d.Notice!.CaseNumber is null).Select(d => d.Notice!.CaseId).Distinct().ToList();
        await recipients.PrefetchAsync(described.Select(d => d.Notice!.Audience), ct);
        var numbers = cases.Count == 0 ? [] : await Db.KnownCases.AsNoTracking().Where(k => cases.Contains(k.CaseId)).ToDictionaryAsync(k => k.CaseId, k => k.Number, ct);
        foreach (var (messageId, notice) in described)
        {
            var told = notice! with { CaseNumber = notice.CaseNumber ?? numbers.GetValueOrDefault(notice.CaseId) };
            foreach (var user in await recipients.OfAsync(told.Audience, ct))
            {
                Db.Notifications.Add(Notification.For(user, told, messageId, now));
            }
        }
    }
}
