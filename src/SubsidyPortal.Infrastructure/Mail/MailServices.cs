using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Mail;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Notifications;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Mail;

/// <summary>A user's mail choices: one row in mail_opt_outs per kind switched off.</summary>
public sealed class MailPreferences(PortalDbContext db, MailOptions options) : IMailPreferences
{
    public async Task<MailPreferencesView> GetAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.UserId is not { } userId)
        {
            return new MailPreferencesView(options.Enabled, null, []);
        }

        var address = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        var off = await db.MailOptOuts.Where(o => o.UserId == userId).Select(o => o.Kind).ToListAsync(cancellationToken);
        var kinds = NotificationKinds.For(actor.Role)
            .Select(k => new MailKindChoice(k, !off.Contains(k), NotificationKinds.Optional.Contains(k)))
            .ToList();
        return new MailPreferencesView(options.Enabled, address, kinds);
    }

    public async Task<CommandResult> SaveAsync(Actor actor, IReadOnlyCollection<NotificationKind> receive, CancellationToken cancellationToken)
    {
        if (actor.UserId is not { } userId)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("account.not-found"));
        }

        var off = NotificationKinds.Optional.Where(k => NotificationKinds.For(actor.Role).Contains(k) && !receive.Contains(k)).ToHashSet();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.MailOptOuts.Where(o => o.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        db.MailOptOuts.AddRange(off.Select(k => new MailOptOut { UserId = userId, Kind = k }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult.Success;
    }
}

/// <summary>The administrator's outbox: settings in force, counts by state, the rows, and retrying a failed one.</summary>
public sealed class MailOutboxAdministration(PortalDbContext db, MailOptions options, IClock clock) : IMailOutbox
{
    private static bool IsAdministrator(Actor actor) => actor.Role == PortalRoles.Administrator;

    public Task<MailSettingsView> SettingsAsync(Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult(!IsAdministrator(actor)
            ? new MailSettingsView(false, null, 0, string.Empty, null, null, false, null, 0)
            : new MailSettingsView(
                options.Enabled, options.Host, options.Port, options.Security, options.From, options.FromName,
                !string.IsNullOrEmpty(options.User), options.PublicBaseUrl, options.MaxAttempts));

    public async Task<OutboxCounts> CountsAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!IsAdministrator(actor))
        {
            return new OutboxCounts(0, 0, 0, 0);
        }

        var counts = await db.MailOutbox.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Of(MailState state) => counts.FirstOrDefault(c => c.Key == state)?.Count ?? 0;
        return new OutboxCounts(Of(MailState.Pending), Of(MailState.Sending), Of(MailState.Sent), Of(MailState.Failed));
    }

    public async Task<PagedResult<OutboxMail>> PageAsync(Actor actor, PageRequest request, MailState? state, CancellationToken cancellationToken)
    {
        if (!IsAdministrator(actor))
        {
            return PagedResult<OutboxMail>.Empty;
        }

        var rows = db.MailOutbox.AsNoTracking();
        if (state is { } only)
        {
            rows = rows.Where(m => m.State == only);
        }

        if (request.SearchText is { } search)
        {
            var pattern = "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            rows = rows.Where(m => EF.Functions.ILike(m.Address, pattern) || EF.Functions.ILike(m.Subject, pattern));
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(request.Skip).Take(request.Take)
            .Select(m => new OutboxMail(
                m.Id, m.Address, m.Subject, m.Kind, m.State, m.Attempts, m.CreatedAt,
                m.State == MailState.Pending || m.State == MailState.Sending ? m.NextAttemptAt : null, m.SentAt, m.LastError))
            .ToListAsync(cancellationToken);
        return new PagedResult<OutboxMail>(items, total);
    }

    public async Task<CommandResult> RetryAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (!IsAdministrator(actor))
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("account.not-allowed"));
        }

        var mail = await db.MailOutbox.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mail is null || !mail.Retry(clock.Now))
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("mail.not-failed"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }
}

public static class MailRegistration
{
    /// <summary>Mail: the outbox's writer in every save, the sender on every instance, the preferences and the admin view.</summary>
    public static IServiceCollection AddPortalMail(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var options = MailOptions.Read(configuration);
        services.AddSingleton(options);
        services.AddSingleton<MailOutboxTrigger>();
        services.AddSingleton<MailOutboxJob>();
        if (options.Enabled && Microsoft.Extensions.Configuration.ConfigurationBinder.GetValue(configuration, "Jobs:Mail", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<MailOutboxJob>());
        }

        // Reset links in mails stay valid for two hours (Identity's default is a day).
        services.Configure<Microsoft.AspNetCore.Identity.DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.AddUseCase<Application.Accounts.IPasswordResetByMail, PasswordResetByMail>();
        services.AddUseCase<IMailPreferences, MailPreferences>();
        services.AddUseCase<IMailOutbox, MailOutboxAdministration>();
        return services;
    }
}
