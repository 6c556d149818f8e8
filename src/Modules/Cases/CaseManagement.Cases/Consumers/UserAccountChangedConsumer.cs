using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Persistence;
using CaseManagement.Identity.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Cases.Consumers;

/// <summary>Keeps Cases' copy of the accounts (whom a case may be assigned to).</summary>
internal sealed class UserAccountChangedConsumer(CasesDbContext db, TimeProvider clock)
    : IdempotentBatchConsumer<UserAccountChanged, CasesDbContext>(db, clock)
{
    protected override string ConsumerName => "cases.user-account-changed";

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<UserAccountChanged>> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => m.Message.UserId).Distinct().ToList();
        var copies = await Db.Accounts.Where(a => ids.Contains(a.UserId)).ToDictionaryAsync(a => a.UserId, ct);
        foreach (var change in messages.Select(m => m.Message))
        {
            if (copies.TryGetValue(change.UserId, out var copy))
            {
                copy.ApplyIfNewer(change);
            }
            else
            {
                copies[change.UserId] = copy = AccountCopy.From(change);
                Db.Accounts.Add(copy);
            }
        }
    }
}

internal sealed class UserAccountChangedConsumerDefinition()
    : ModuleBatchConsumerDefinition<UserAccountChangedConsumer>(CasesModule.Name);
