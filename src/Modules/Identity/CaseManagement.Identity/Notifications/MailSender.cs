using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CaseManagement.Identity.Notifications;

/// <summary>Sends plain-text messages through the configured SMTP server (MailKit), one connection per round.</summary>
internal sealed class MailSender(IOptions<MailOptions> options)
{
    public async Task SendAsync(IReadOnlyList<(string To, string Subject, string Body)> messages, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var settings = options.Value;
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.Host!, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }

        foreach (var (to, subject, body) in messages)
        {
            using var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(settings.From));
            message.To.Add(MailboxAddress.Parse(to));
            message.Subject = subject;
            message.Body = new TextPart("plain") { Text = body };
            await smtp.SendAsync(message, ct);
        }

        await smtp.DisconnectAsync(quit: true, ct);
    }
}
