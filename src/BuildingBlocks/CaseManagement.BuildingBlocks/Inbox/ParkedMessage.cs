using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.BuildingBlocks.Inbox;

/// <summary>
/// A message a consumer could not apply for its own content (not for an outage), set aside so that
/// the messages after it go on. It keeps what is needed to send it again to the same queue once
/// its cause is fixed: the message, its type, its id and the queue.
/// </summary>
public sealed class ParkedMessage
{
    public const int MaxErrorLength = 2000;

    private ParkedMessage()
    {
    }

    public long Id { get; private set; }

    public Guid MessageId { get; private set; }

    public string Consumer { get; private set; } = "";

    public string Queue { get; private set; } = "";

    public string MessageType { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public string Error { get; private set; } = "";

    public DateTimeOffset ParkedAt { get; private set; }

    public static ParkedMessage Of<TMessage>(ConsumeContext<TMessage> message, string consumer, Exception error, DateTimeOffset parkedAt)
        where TMessage : class => new()
    {
        MessageId = message.MessageId!.Value,
        Consumer = consumer,
        Queue = message.ReceiveContext.InputAddress.ToString(),
        MessageType = typeof(TMessage).AssemblyQualifiedName!,
        Payload = JsonSerializer.Serialize(message.Message),
        Error = Describe(error),
        ParkedAt = parkedAt,
    };

    /// <summary>The message as it arrived, for sending again; null when its type no longer exists.</summary>
    public (object Message, Type Type)? Read() =>
        Type.GetType(MessageType) is { } type && JsonSerializer.Deserialize(Payload, type) is { } message ? (message, type) : null;

    private static string Describe(Exception error)
    {
        var text = $"{error.GetType().Name}: {error.Message}";
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            text += $" → {inner.GetType().Name}: {inner.Message}";
        }

        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }
}

internal sealed class ParkedMessageConfiguration : IEntityTypeConfiguration<ParkedMessage>
{
    public void Configure(EntityTypeBuilder<ParkedMessage> builder)
    {
        builder.ToTable("ParkedMessages");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.MessageId, m.Consumer }).IsUnique();
        builder.Property(m => m.Consumer).HasMaxLength(200);
        builder.Property(m => m.Queue).HasMaxLength(500);
        builder.Property(m => m.MessageType).HasMaxLength(500);
        builder.Property(m => m.Error).HasMaxLength(ParkedMessage.MaxErrorLength);
    }
}
