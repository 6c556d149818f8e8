using CaseManagement.BuildingBlocks.Inbox;
using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.Directory.Contracts;
using CaseManagement.Identity.Accounts;
using CaseManagement.Identity.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Identity.Consumers;

/// <summary>Keeps Identity's copy of the Directory's staff, which user accounts link to.</summary>
internal sealed class StaffChangedConsumer(IdentityDbContext db, TimeProvider clock)
    : IdempotentBatchConsumer<StaffChanged, IdentityDbContext>(db, clock)
{
    protected override string ConsumerName => "identity.staff-changed";

    protected override async Task HandleAsync(IReadOnlyList<ConsumeContext<StaffChanged>> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => m.Message.StaffId).Distinct().ToList();
        var staff = await Db.Staff.Where(s => ids.Contains(s.StaffId)).ToDictionaryAsync(s => s.StaffId, ct);
        foreach (var change in messages.Select(m => m.Message))
        {
            if (!staff.TryGetValue(change.StaffId, out var member))
            {
                staff[change.StaffId] = member = new StaffCopy(change.StaffId);
                Db.Staff.Add(member);
            }

            member.Apply(change);
        }
    }
}

internal sealed class StaffChangedConsumerDefinition()
    : ModuleBatchConsumerDefinition<StaffChangedConsumer>(IdentityModule.Name);
