using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using Zicht.Features.Feedback;

namespace Zicht.Tests.Features.Feedback;

/// <summary>The invitation mail over real SMTP, against a minimal SMTP server in the test.</summary>
public class FeedbackMailTests
{
    /// <summary>Just enough SMTP (RFC 5321, no extensions) to accept one message and keep what was sent.</summary>
    private static async Task<string> ReceiveOneAsync(TcpListener listener, CancellationToken ct)
    {
        using var client = await listener.AcceptTcpClientAsync(ct);
        using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var transcript = new StringBuilder();
        await writer.WriteLineAsync("220 test ESMTP");
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            transcript.AppendLine(line);
            var verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb == "DATA")
            {
                await writer.WriteLineAsync("354 go ahead");
                while (await reader.ReadLineAsync(ct) is { } data && data != ".")
                {
                    transcript.AppendLine(data);
                }
                await writer.WriteLineAsync("250 queued");
            }
            else if (verb == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                break;
            }
            else
            {
                await writer.WriteLineAsync(verb is "EHLO" or "HELO" ? "250 test" : "250 ok");
            }
        }
        return transcript.ToString();
    }

    [Fact]
    public async Task The_invitation_mail_carries_the_link_and_nothing_about_the_case()
    {
        var ct = TestContext.Current.CancellationToken;
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var mail = new FeedbackMail(Options.Create(new FeedbackOptions
            {
                SmtpHost = "127.0.0.1",
                SmtpPort = port,
                From = "zicht@agentschap.example",
                PublicBaseUrl = "https://zicht.example.be/",
            }));
            var received = ReceiveOneAsync(listener, ct);

            await mail.SendLinkAsync("ouder@example.be", "TOKEN-abc123", ct);
            var transcript = await received;

            Assert.True(mail.IsConfigured);
            Assert.Contains("RCPT TO:<ouder@example.be>", transcript);
            Assert.Contains("https://zicht.example.be/v/TOKEN-abc123", transcript);
            Assert.Contains("Jouw mening telt", transcript);
            Assert.DoesNotContain("dossier", transcript, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            listener.Stop();
        }
    }
}
