using System.Globalization;
using System.Text;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Time;
using CaseManagement.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseManagement.Identity.Notifications;

/// <summary>
/// E-mail for those who asked for it: their new notices, gathered in one message per round, and once a day (after
/// <see cref="MailOptions.DigestHour"/>) a digest of the limits overdue in the unit, for the social worker and the chair.
/// Messages carry case numbers and what to do, never a child's name. An SMTP failure is tried again at the next round.
/// </summary>
internal sealed partial class NotificationMailer(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<NotificationMailer> log)
    : BackgroundService
{
    private const int RoundSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(log, error);
            }

            await Task.Delay(options.Value.PollInterval, stoppingToken);
        }
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<MailSender>();
        await SendNewNoticesAsync(db, sender, ct);
        await SendDigestsAsync(db, sender, ct);
    }

    private async Task SendNewNoticesAsync(IdentityDbContext db, MailSender sender, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var pending = await db.Notifications.Where(n => n.EmailedAt == null).OrderBy(n => n.CreatedAt).Take(RoundSize).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return;
        }

        var userIds = pending.Select(n => n.UserId).Distinct().ToList();
        var readers = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.EmailNotifications && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, ct);
        var numbers = await NoticeWords.NumbersAsync(db, pending, ct);
        var messages = pending
            .Where(n => readers.ContainsKey(n.UserId) && n.CreatedAt > now.AddDays(-1)) // a notice a day old is no news
            .GroupBy(n => n.UserId)
            .Select(g => (readers[g.Key], Both("mail.new-subject", g.Count()), Body(g.ToList(), n => NoticeWords.Title(n, NoticeWords.Number(n, numbers)))))
            .ToList();
        await sender.SendAsync(messages, ct);
        pending.ForEach(n => n.Emailed(now));
        await db.SaveChangesAsync(ct);
    }

    private async Task SendDigestsAsync(IdentityDbContext db, MailSender sender, CancellationToken ct)
    {
        var now = VietnamTime.Now(clock);
        if (now.Hour < options.Value.DigestHour)
        {
            return;
        }

        var today = DateOnly.FromDateTime(now.DateTime);
        var roleIds = db.Roles.Where(r => r.Name == Roles.SocialWorker || r.Name == Roles.CommuneChair).Select(r => r.Id);
        var due = await db.Users
            .Where(u => u.EmailNotifications && u.Email != null && (u.DigestSentOn == null || u.DigestSentOn < today)
                && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Take(RoundSize).ToListAsync(ct);
        var messages = new List<(string, string, string)>();
        foreach (var user in due)
        {
            var overdue = await (from limit in db.OverdueLimits.AsNoTracking()
                                 where limit.UnitCode == user.UnitCode
                                 join known in db.KnownCases on limit.CaseId equals known.CaseId into numbers
                                 from known in numbers.DefaultIfEmpty()
                                 orderby limit.DueAt
                                 select new { Number = known == null ? null : known.Number, limit.DueAt }).Take(200).ToListAsync(ct);
            // Nothing overdue yet today: asked again at the next round, so that a limit passed later in the day is told.
            if (overdue.Count > 0)
            {
                messages.Add((user.Email!, Both("mail.digest-subject", overdue.Count),
                    Body(overdue, o => IdentityText.Messages.Get("mail.digest-line", o.Number ?? "…", VietnamTime.Format(o.DueAt)))));
                user.DigestSentOn = today;
            }
        }

        await sender.SendAsync(messages, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A message in Vietnamese, then in English: the reader's language is not known here.</summary>
    private string Body<T>(IReadOnlyList<T> items, Func<T, string> line)
    {
        var text = new StringBuilder();
        foreach (var culture in new[] { "vi-VN", "en" })
        {
            using var _ = new CultureScope(culture);
            foreach (var item in items)
            {
                text.Append("- ").AppendLine(line(item));
            }

            text.AppendLine(IdentityText.Messages.Get("mail.open", options.Value.SiteAddress.TrimEnd('/') + "/notifications")).AppendLine();
        }

        return text.ToString();
    }

    private static string Both(string key, int count)
    {
        string In(string culture)
        {
            using var _ = new CultureScope(culture);
            return IdentityText.Messages.Get(key, count);
        }

        return $"{In("vi-VN")} / {In("en")}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification e-mail failed; it is tried again at the next round.")]
    private static partial void LogFailed(ILogger logger, Exception error);

    private readonly struct CultureScope : IDisposable
    {
        private readonly (CultureInfo Ui, CultureInfo Formats) previous;

        public CultureScope(string culture)
        {
            previous = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        }

        public void Dispose() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = previous;
    }
}
