using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.Identity.Persistence;
using MassTransit;

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
        await recipients.PrefetchAsync(described.Select(d => d.Notice!.Audience), ct);
        // An event without the case's number leaves it empty: it is looked up when the notice is read (NoticeWords), since
        // the report that gave it may not have arrived yet.
        foreach (var (messageId, notice) in described)
        {
            foreach (var user in await recipients.OfAsync(notice!.Audience, ct))
            {
                Db.Notifications.Add(Notification.For(user, notice, messageId, now));
            }
        }
    }
}
