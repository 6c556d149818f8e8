using System.Buffers.Binary;
using CaseManagement.BuildingBlocks.Persistence;

namespace CaseManagement.BuildingBlocks.Outbox;

/// <summary>
/// The broker MessageId of an outbox row is the row id itself, made a Guid: the module's lock key
/// in the first eight bytes and the row id in the last eight. A row re-sent after a crash keeps
/// its MessageId, so the idempotent consumers recognise it.
/// </summary>
public static class OutboxMessageIds
{
    public static Guid For(string module, long rowId)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes[..8], TransactionLocks.KeyOf(OutboxBatchReader.LockName(module)));
        BinaryPrimitives.WriteInt64BigEndian(bytes[8..], rowId);
        return new Guid(bytes, bigEndian: true);
    }

    public static long RowIdOf(Guid messageId)
    {
        Span<byte> bytes = stackalloc byte[16];
        messageId.TryWriteBytes(bytes, bigEndian: true, out _);
        return BinaryPrimitives.ReadInt64BigEndian(bytes[8..]);
    }
}
