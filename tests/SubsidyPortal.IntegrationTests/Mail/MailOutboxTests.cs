using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Mail;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Notifications;
using SubsidyPortal.Infrastructure.Mail;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Mail;

/// <summary>
/// Mail through the transactional outbox against a real SMTP server on loopback (python3-aiosmtpd): a status change
/// queues its mails in its own save, two instances and a restart between queue and send deliver each mail once, and
/// a server that refuses is retried with back-off until the mail is marked failed.
/// </summary>
public sealed class MailOutboxTests : IAsyncLifetime
{
    private SmtpServer _smtp = default!;

    public async Task InitializeAsync() => _smtp = await SmtpServer.StartAsync();

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    private static async Task<PortalFactory> PortalAsync(string purpose, IDictionary<string, string?> settings)
    {
        var factory = await PortalFactory.CreateAsync(purpose, settings);
        factory.CreateClient().Dispose();
        return factory;
    }

    private static PortalFactory SecondInstance(PortalFactory first, IDictionary<string, string?> settings) =>
        new(first.ConnectionString, settings: new Dictionary<string, string?>(settings) { ["Seed:DemoData"] = "false" });

    /// <summary>Staff reject the demo applicant's filing that was returned for correction: one status change, one
    /// notification to the enterprise, whose users have e-mail addresses.</summary>
    private static async Task<Notification> ChangeStatusAsync(PortalFactory factory)
    {
        var application = await ApplicantsReturnedFilingAsync(factory);
        var staff = await Demo.ActorAsync(factory, Demo.Staff);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ApplicationWorkflow>()
                .ApplyAsync(application.Id, ApplicationAction.Reject, staff, new TransitionInput("材料不全，不予支持。"), CancellationToken.None);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        }

        return await Demo.WithDbAsync(factory, db => db.Notifications.AsNoTracking()
            .Where(n => n.EnterpriseId == application.EnterpriseId).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).FirstAsync());
    }

    private static async Task<SubsidyApplication> ApplicantsReturnedFilingAsync(PortalFactory factory)
    {
        var enterprise = await Demo.EnterpriseOfAsync(factory, Demo.Applicant);
        return await Demo.WithDbAsync(factory, db => db.Applications.AsNoTracking()
            .FirstAsync(a => a.EnterpriseId == enterprise && a.Status == ApplicationStatus.ReturnedForCorrection));
    }

    private static Task<List<MailOutboxMessage>> MailsOfAsync(PortalFactory factory, Guid notificationId) =>
        Demo.WithDbAsync(factory, db => db.MailOutbox.AsNoTracking().Where(m => m.NotificationId == notificationId).ToListAsync());

    private static Task<List<string>> AddressesOfEnterpriseAsync(PortalFactory factory, Guid enterpriseId) =>
        Demo.WithDbAsync(factory, db => db.Users.Where(u => u.EnterpriseId == enterpriseId && u.Email != null).Select(u => u.Email!).ToListAsync());

    [Fact]
    public async Task A_status_change_queues_one_mail_per_user_of_the_enterprise_in_its_own_save()
    {
        await using var portal = await PortalAsync(nameof(A_status_change_queues_one_mail_per_user_of_the_enterprise_in_its_own_save), _smtp.Settings());

        var notification = await ChangeStatusAsync(portal);

        Assert.Equal(NotificationKind.StatusChanged, notification.Kind);
        var mails = await MailsOfAsync(portal, notification.Id);
        var addresses = await AddressesOfEnterpriseAsync(portal, notification.EnterpriseId!.Value);
        Assert.NotEmpty(addresses);
        Assert.Equal(addresses.Order(), mails.Select(m => m.Address).Order());
        var mail = mails[0];
        Assert.Equal(MailState.Pending, mail.State);
        Assert.Contains(notification.TextZh, mail.Body, StringComparison.Ordinal);
        Assert.Contains(notification.TextEn, mail.Body, StringComparison.Ordinal);
        Assert.Equal("https://portal.example.gov.cn" + notification.Link, mail.Link);
        Assert.EndsWith("@kw.example.gov.cn", mail.MessageId, StringComparison.Ordinal);

        // Same transaction: a save rolled back takes its mail with it.
        var enterprise = notification.EnterpriseId!.Value;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var rolledBack = Notification.ForEnterprise(enterprise, NotificationKind.Payment, "回滚", "rolled back", "/enterprise", portal.Clock.Now);
            db.Notifications.Add(rolledBack);
            await db.SaveChangesAsync();
            Assert.Equal(addresses.Count, await db.MailOutbox.CountAsync(m => m.NotificationId == rolledBack.Id));
            await transaction.RollbackAsync();
            Assert.Equal(0, await Demo.WithDbAsync(portal, d => d.MailOutbox.CountAsync(m => m.NotificationId == rolledBack.Id)));
        }
    }

    [Fact]
    public async Task A_kind_switched_off_queues_no_mail_for_that_user_and_mail_off_queues_none_at_all()
    {
        await using var portal = await PortalAsync(nameof(A_kind_switched_off_queues_no_mail_for_that_user_and_mail_off_queues_none_at_all), _smtp.Settings());
        var application = await ApplicantsReturnedFilingAsync(portal);
        var users = await Demo.WithDbAsync(portal, db => db.Users.Where(u => u.EnterpriseId == application.EnterpriseId).ToListAsync());
        var preferences = portal.Services.GetRequiredService<IMailPreferences>();
        foreach (var user in users)
        {
            var actor = new Actor(user.Id, user.DisplayName, "Applicant", user.EnterpriseId);
            var keep = NotificationKinds.Optional.Where(k => k != NotificationKind.StatusChanged).ToList();
            Assert.True((await preferences.SaveAsync(actor, keep, CancellationToken.None)).Succeeded);
            var view = await preferences.GetAsync(actor, CancellationToken.None);
            Assert.False(view.Kinds.Single(k => k.Kind == NotificationKind.StatusChanged).Receive);
            Assert.True(view.Kinds.Single(k => k.Kind == NotificationKind.Payment).Receive);
            // A password reset cannot be switched off, whatever the page sends.
            Assert.True(view.Kinds.Single(k => k.Kind == NotificationKind.PasswordReset) is { Receive: true, CanSwitchOff: false });
        }

        var switchedOff = await ChangeStatusAsync(portal);
        Assert.Empty(await MailsOfAsync(portal, switchedOff.Id));

        // The same portal with no mail server configured queues nothing, for any kind.
        await using var mailOff = SecondInstance(portal, new Dictionary<string, string?> { ["Mail:Smtp:Host"] = "" });
        mailOff.CreateClient().Dispose();
        Notification payment;
        await using (var scope = mailOff.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            payment = Notification.ForEnterprise(application.EnterpriseId, NotificationKind.Payment, "已拨付", "paid", "/enterprise", mailOff.Clock.Now);
            db.Notifications.Add(payment);
            await db.SaveChangesAsync();
        }

        Assert.Empty(await MailsOfAsync(portal, payment.Id));
        Assert.False((await mailOff.Services.GetRequiredService<IMailOutbox>().SettingsAsync(await Demo.ActorAsync(mailOff, "admin@demo.local"), CancellationToken.None)).Enabled);
    }

    [Fact]
    public async Task Two_instances_and_a_restart_between_queue_and_send_deliver_the_mail_once()
    {
        var settings = _smtp.Settings();
        Guid notificationId;
        string connection;
        await using (var first = await PortalAsync(nameof(Two_instances_and_a_restart_between_queue_and_send_deliver_the_mail_once), settings))
        {
            // Queue on the first instance, then stop it before anything is sent (the restart).
            notificationId = (await ChangeStatusAsync(first)).Id;
            connection = first.ConnectionString;
        }

        await using var a = new PortalFactory(connection, settings: new Dictionary<string, string?>(settings) { ["Seed:DemoData"] = "false", ["Mail:BatchSize"] = "2" });
        await using var b = new PortalFactory(connection, settings: new Dictionary<string, string?>(settings) { ["Seed:DemoData"] = "false", ["Mail:BatchSize"] = "2" });
        a.CreateClient().Dispose();
        b.CreateClient().Dispose();
        // Each test host's clock starts at the test day when the host is built; the restarted ones are a minute on.
        a.Clock.Advance(TimeSpan.FromMinutes(1));
        b.Clock.Advance(TimeSpan.FromMinutes(1));
        var queued = await MailsOfAsync(a, notificationId);
        Assert.NotEmpty(queued);
        Assert.All(queued, m => Assert.Equal(MailState.Pending, m.State));
        Assert.Empty(_smtp.Received());
        var senders = new[] { a, b }.Select(f => f.Services.GetRequiredService<MailOutboxJob>()).ToList();

        // Both drain the outbox at once, in small batches, until neither finds anything due.
        var passes = await Task.WhenAll(senders.Select(async sender =>
        {
            var total = 0;
            while (await sender.RunOnceAsync(CancellationToken.None) is { Claimed: > 0 } pass)
            {
                total += pass.Sent;
            }

            return total;
        }));

        var all = await Demo.WithDbAsync(a, db => db.MailOutbox.AsNoTracking().ToListAsync());
        Assert.All(all, m => Assert.Equal(MailState.Sent, m.State));
        Assert.Equal(all.Count, passes.Sum());
        var received = _smtp.Received();
        Assert.Equal(all.Count, received.Count);
        Assert.Equal(all.Select(m => m.MessageId).Order(), received.Select(m => m.MessageId).Order());
        foreach (var mail in all.Where(m => m.NotificationId == notificationId))
        {
            var arrived = Assert.Single(received, r => r.MessageId == mail.MessageId);
            Assert.Equal(mail.Address, arrived.To.Mailboxes.Single().Address);
            Assert.Equal(mail.Subject, arrived.Subject);
            Assert.Contains("https://portal.example.gov.cn/enterprise/applications/", arrived.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_sender_running_in_the_background_delivers_a_status_change_within_seconds()
    {
        var settings = _smtp.Settings();
        settings["Jobs:Mail"] = "true";
        settings["Mail:PollSeconds"] = "1";
        await using var portal = await PortalAsync(nameof(The_sender_running_in_the_background_delivers_a_status_change_within_seconds), settings);

        var notification = await ChangeStatusAsync(portal);

        var mails = await MailsOfAsync(portal, notification.Id);
        Assert.NotEmpty(mails);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (mails.Any(m => !_smtp.Received().Any(r => r.MessageId == m.MessageId)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.All(mails, m => Assert.Single(_smtp.Received(), r => r.MessageId == m.MessageId));
        Assert.All(await MailsOfAsync(portal, notification.Id), m => Assert.Equal((MailState.Sent, 1), (m.State, m.Attempts)));
    }

    [Fact]
    public async Task A_mail_held_by_an_instance_that_died_is_sent_by_another_once_its_lease_ends()
    {
        var settings = _smtp.Settings();
        settings["Mail:BatchSize"] = "500";
        await using var survivor = await PortalAsync(nameof(A_mail_held_by_an_instance_that_died_is_sent_by_another_once_its_lease_ends), settings);
        var notificationId = (await ChangeStatusAsync(survivor)).Id;
        await using (var dying = SecondInstance(survivor, settings))
        {
            dying.CreateClient().Dispose();
            dying.Clock.Advance(TimeSpan.FromMinutes(1));
            // It claims everything due, then dies before sending any of it.
            Assert.True(await dying.Services.GetRequiredService<MailOutboxJob>().ClaimAsync(CancellationToken.None) > 0);
        }

        var job = survivor.Services.GetRequiredService<MailOutboxJob>();
        Assert.Equal(0, (await job.RunOnceAsync(CancellationToken.None)).Claimed);
        Assert.Empty(_smtp.Received());

        survivor.Clock.Advance(TimeSpan.FromSeconds(new MailOptions().LeaseSeconds) + TimeSpan.FromMinutes(2));
        while ((await job.RunOnceAsync(CancellationToken.None)).Claimed > 0)
        {
        }

        var mails = await MailsOfAsync(survivor, notificationId);
        Assert.All(mails, m => Assert.Equal(MailState.Sent, m.State));
        Assert.All(mails, m => Assert.Single(_smtp.Received(), r => r.MessageId == m.MessageId));
        // The claim that died counted as an attempt.
        Assert.All(mails, m => Assert.Equal(2, m.Attempts));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_server_that_refuses_or_cannot_be_reached_is_retried_with_back_off_then_the_mail_fails(bool refusing)
    {
        await using var refuser = refusing ? await SmtpServer.StartRefusingAsync() : null;
        var settings = refuser?.Settings() ?? _smtp.Settings();
        if (!refusing)
        {
            settings["Mail:Smtp:Port"] = SmtpServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        settings["Mail:MaxAttempts"] = "3";
        settings["Mail:RetrySeconds"] = "60";
        settings["Mail:Smtp:TimeoutSeconds"] = "5";
        await using var portal = await PortalAsync($"{nameof(A_server_that_refuses_or_cannot_be_reached_is_retried_with_back_off_then_the_mail_fails)}_{refusing}", settings);
        var notificationId = (await ChangeStatusAsync(portal)).Id;
        var job = portal.Services.GetRequiredService<MailOutboxJob>();
        async Task<MailOutboxMessage> MailAsync() => (await MailsOfAsync(portal, notificationId))[0];

        await DrainAsync(job);
        var first = await MailAsync();
        Assert.Equal((MailState.Pending, 1), (first.State, first.Attempts));
        Assert.NotNull(first.LastError);
        Assert.InRange(first.NextAttemptAt - portal.Clock.Now, TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(60));

        // Not due again before its back-off ends.
        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        await DrainAsync(job);
        Assert.Equal(1, (await MailAsync()).Attempts);

        portal.Clock.Advance(TimeSpan.FromSeconds(31));
        await DrainAsync(job);
        var second = await MailAsync();
        Assert.Equal((MailState.Pending, 2), (second.State, second.Attempts));
        // The wait doubles: 120 s after the second attempt.
        Assert.InRange(second.NextAttemptAt - portal.Clock.Now, TimeSpan.FromSeconds(110), TimeSpan.FromSeconds(120));

        portal.Clock.Advance(TimeSpan.FromSeconds(121));
        await DrainAsync(job);
        var last = await MailAsync();
        Assert.Equal((MailState.Failed, 3), (last.State, last.Attempts));
        Assert.Contains(refusing ? "550" : "Socket", last.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_smtp.Received());

        // The administrator sees it failed and puts it back in the queue.
        var admin = await Demo.ActorAsync(portal, "admin@demo.local");
        var outbox = portal.Services.GetRequiredService<IMailOutbox>();
        var failed = await outbox.PageAsync(admin, new Application.Common.PageRequest(Search: last.Address), MailState.Failed, CancellationToken.None);
        Assert.Contains(failed.Items, m => m.Id == last.Id && m.LastError == last.LastError && m.Attempts == 3);
        Assert.False((await outbox.RetryAsync(await Demo.ActorAsync(portal, Demo.Staff), last.Id, CancellationToken.None)).Succeeded);
        Assert.True((await outbox.RetryAsync(admin, last.Id, CancellationToken.None)).Succeeded);
        Assert.Equal((MailState.Pending, 0), ((await MailAsync()).State, (await MailAsync()).Attempts));
        Assert.False((await outbox.RetryAsync(admin, last.Id, CancellationToken.None)).Succeeded);
    }

    private static async Task DrainAsync(MailOutboxJob job)
    {
        while ((await job.RunOnceAsync(CancellationToken.None)).Claimed > 0)
        {
        }
    }
}
