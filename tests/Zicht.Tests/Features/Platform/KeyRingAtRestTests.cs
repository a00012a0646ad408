using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Platform;

/// <summary>With a certificate configured, the data-protection keys in the database are encrypted at rest.</summary>
public class KeyRingAtRestTests : IAsyncLifetime
{
    private readonly string _pfx = Path.Combine(Path.GetTempPath(), $"zicht-keys-{Guid.NewGuid():N}.pfx");
    private CertificateApp _app = null!;

    private sealed class CertificateApp(string pfx) : ZichtApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = pfx,
            ["DataProtection:CertificatePassword"] = "key-ring-test",
        };
    }

    public async ValueTask InitializeAsync()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Zicht key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        await File.WriteAllBytesAsync(_pfx, certificate.Export(X509ContentType.Pfx, "key-ring-test"));
        _app = new CertificateApp(_pfx);
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        File.Delete(_pfx);
    }

    [Fact]
    public async Task Keys_are_stored_encrypted_and_sign_in_still_works()
    {
        var world = await _app.Data.WorldAsync();
        var worker = await _app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = await _app.SignedInAsync(worker.UserName!);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dossiers")).StatusCode);
        var keys = await _app.Data.WithDbAsync(db => db.Set<DataProtectionKey>().AsNoTracking().Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            // Unprotected, the master key is a plain <value>; protected, only an <encryptedSecret> is stored.
            Assert.Contains("<encryptedSecret", xml);
            Assert.DoesNotContain("<value>", xml);
        });
    }
}
