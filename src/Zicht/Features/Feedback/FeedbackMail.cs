using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Zicht.Features.Feedback;

/// <summary>Settings under "Zicht:Feedback".</summary>
public sealed class FeedbackOptions
{
    /// <summary>Absolute base of links in e-mails, e.g. https://zicht.example.be.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public string From { get; set; } = "zicht@localhost";
    public TimeSpan FollowUpInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Requests per minute per client address on the public survey pages.</summary>
    public int PublicRequestsPerMinute { get; set; } = 60;
}

/// <summary>Sends a survey link. The mail holds only the link: no case, no names.</summary>
public sealed class FeedbackMail(IOptions<FeedbackOptions> options)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.SmtpHost);

    public static string LinkFor(string baseUrl, string token) => $"{baseUrl.TrimEnd('/')}/v/{token}";

    /// <summary>Sends the link; <paramref name="idempotencyKey"/> (a follow-up's id) becomes the Message-Id, so a relay that sees it twice can drop the copy.</summary>
    public async Task SendLinkAsync(string to, string token, CancellationToken ct, Guid? idempotencyKey = null)
    {
        var o = options.Value;
        var message = new MimeMessage();
        if (idempotencyKey is { } key)
        {
            message.MessageId = $"{key:N}@zicht";
        }
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = "Jouw mening telt / Your opinion counts";
        message.Body = new TextPart("plain")
        {
            Text = $"Wil je een korte vragenlijst invullen? / Would you answer a short questionnaire?\n\n{LinkFor(o.PublicBaseUrl, token)}\n",
        };
        using var client = new SmtpClient();
        await client.ConnectAsync(o.SmtpHost!, o.SmtpPort, SecureSocketOptions.Auto, ct);
        if (!string.IsNullOrEmpty(o.SmtpUser))
        {
            await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", ct);
        }
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
