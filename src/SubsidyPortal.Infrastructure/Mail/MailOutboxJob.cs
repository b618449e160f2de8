using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Mail;

/// <summary>What one pass of the sender did.</summary>
public sealed record MailPass(int Claimed, int Sent, int Failed);

/// <summary>
/// The outbox's sender. Each pass claims due mails with <c>FOR UPDATE SKIP LOCKED</c> and a lease (this instance's
/// name and an end time) in one short statement, so two instances never take the same row; a row whose lease ended
/// (its instance died mid-send) is due again. Each claimed mail is sent over SMTP and marked sent, or put back with
/// an exponential back-off, and marked 失败 after <see cref="MailOptions.MaxAttempts"/>. A mark only lands while this
/// instance still holds the lease. Delivery is at least once: a crash after the server accepted a mail and before
/// its row is marked sends it again after the lease, with the same Message-Id.
/// </summary>
public sealed class MailOutboxJob(IServiceScopeFactory scopes, MailOptions options, IClock clock, ILogger<MailOutboxJob> logger) : BackgroundService
{
    /// <summary>This instance's name on the rows it holds (a host and process can run several portals in tests).</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            var full = false;
            try
            {
                var pass = await RunOnceAsync(stoppingToken);
                full = pass.Claimed >= options.BatchSize;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Mail outbox pass failed; it is retried in {Interval}", poll);
            }

            if (!full)
            {
                await Task.Delay(poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private sealed record ClaimedMail(Guid Id, string Address, string Subject, string Body, string MessageId, int Attempts);

    /// <summary>Claims up to a batch of due mails for this instance (the first half of a pass; a test can stop here to
    /// play an instance that dies holding them).</summary>
    public async Task<int> ClaimAsync(CancellationToken cancellationToken) => (await ClaimBatchAsync(cancellationToken)).Count;

    private async Task<List<ClaimedMail>> ClaimBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.Now;
        var until = now.AddSeconds(options.LeaseSeconds);
        return await db.Database.SqlQuery<ClaimedMail>(
            $"""
            UPDATE mail_outbox m SET state = 'Sending', lease_owner = {Owner}, lease_until = {until}, attempts = m.attempts + 1
            FROM (SELECT id FROM mail_outbox
                  WHERE (state = 'Pending' AND next_attempt_at <= {now}) OR (state = 'Sending' AND lease_until < {now})
                  ORDER BY next_attempt_at LIMIT {Math.Max(1, options.BatchSize)} FOR UPDATE SKIP LOCKED) due
            WHERE m.id = due.id
            RETURNING m.id AS "Id", m.address AS "Address", m.subject AS "Subject", m.body AS "Body", m.message_id AS "MessageId", m.attempts AS "Attempts"
            """).ToListAsync(cancellationToken);
    }

    /// <summary>One pass: claim what is due and send it.</summary>
    public async Task<MailPass> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return new MailPass(0, 0, 0);
        }

        var claimed = await ClaimBatchAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return new MailPass(0, 0, 0);
        }

        int sent = 0, failed = 0;
        using var smtp = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        try
        {
            await smtp.ConnectAsync(options.Host!, options.Port, Enum.Parse<SecureSocketOptions>(options.Security, ignoreCase: true), cancellationToken);
            if (!string.IsNullOrEmpty(options.User))
            {
                await smtp.AuthenticateAsync(options.User, options.Password ?? string.Empty, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Mail server {Host}:{Port} not reached; {Count} mails wait for the next attempt", options.Host, options.Port, claimed.Count);
            foreach (var mail in claimed)
            {
                await MarkFailedAsync(mail, e);
            }

            return new MailPass(claimed.Count, 0, claimed.Count);
        }

        foreach (var mail in claimed)
        {
            try
            {
                await smtp.SendAsync(Compose(mail), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Mail {Id} to {Address} not accepted (attempt {Attempt})", mail.Id, mail.Address, mail.Attempts);
                await MarkFailedAsync(mail, e);
                failed++;
                continue;
            }

            // The server has it: mark it even if the pass is being stopped, or it would be sent again.
            await MarkSentAsync(mail, CancellationToken.None);
            sent++;
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(true, CancellationToken.None);
        }

        return new MailPass(claimed.Count, sent, failed);
    }

    private MimeMessage Compose(ClaimedMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From ?? "noreply@" + options.MessageDomain));
        message.To.Add(MailboxAddress.Parse(mail.Address));
        message.Subject = mail.Subject;
        message.MessageId = mail.MessageId;
        message.Date = clock.Now;
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }

    /// <summary>Marks a mail sent; a reset mail's body (its link carries a live token) is not kept once it is out.</summary>
    private async Task MarkSentAsync(ClaimedMail mail, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE mail_outbox SET state = 'Sent', sent_at = {clock.Now}, lease_owner = NULL, lease_until = NULL, last_error = NULL,
                body = CASE WHEN kind = 'PasswordReset' THEN '' ELSE body END
            WHERE id = {mail.Id} AND lease_owner = {Owner} AND state = 'Sending'
            """, cancellationToken);
    }

    /// <summary>The wait before attempt n+1: RetrySeconds, doubling each time, at most a day.</summary>
    public static TimeSpan BackOff(int attempts, int retrySeconds) =>
        TimeSpan.FromSeconds(Math.Min(86_400d, retrySeconds * Math.Pow(2, Math.Max(0, attempts - 1))));

    private async Task MarkFailedAsync(ClaimedMail mail, Exception error)
    {
        var final = mail.Attempts >= options.MaxAttempts;
        var message = error is SmtpCommandException refused
            ? $"{(int)refused.StatusCode} {refused.Message}"
            : $"{error.GetType().Name}: {error.Message}";
        if (message.Length > MailOutboxMessage.ErrorMaxLength)
        {
            message = message[..MailOutboxMessage.ErrorMaxLength];
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var next = clock.Now + BackOff(mail.Attempts, options.RetrySeconds);
        var state = final ? "Failed" : "Pending";
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE mail_outbox SET state = {state}, next_attempt_at = {next}, last_error = {message}, lease_owner = NULL, lease_until = NULL
            WHERE id = {mail.Id} AND lease_owner = {Owner} AND state = 'Sending'
            """, CancellationToken.None);
    }
}
