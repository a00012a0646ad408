using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Kernel;

namespace Zicht.Features.Sgog;

/// <summary>
/// The demo register of Cirkant (local demo mode only, called by the demo seeder): sgog@demo named its officer,
/// a framework and a procedure in two versions with one gap left, and incidents in every state: to decide, not
/// reportable, to report (incomplete), sent, read and closed with a summary note, and one erased.
/// </summary>
internal static class DemoSgog
{
    public static async Task SeedAsync(ZichtDb db, CancellationToken ct)
    {
        var provider = await db.Organisations.FirstOrDefaultAsync(o => o.Code == "CIRKANT", ct);
        var officer = await db.Users.FirstOrDefaultAsync(u => u.UserName == "sgog@demo", ct);
        var administration = await db.Users.FirstOrDefaultAsync(u => u.UserName == "administratie@demo", ct);
        if (provider is null || officer is null || await db.Set<SgogOfficer>().AnyAsync(ct))
        {
            return;
        }
        var today = DateOnly.FromDateTime(DateTime.Now);
        db.Add(new SgogOfficer { OrganisationId = provider.Id, StaffId = officer.Id, NamedOn = today.AddMonths(-10) });
        AddFramework(db, provider.Id, officer.Id, today);
        var minors = await db.CasePeople.IgnoreQueryFilters()
            .Where(p => p.Role == PersonRole.Minor && p.BirthDate != null && p.BirthDate < today.AddYears(-8)
                && db.CasePartnerships.Any(x => x.CaseId == p.CaseId && x.OrganisationId == provider.Id))
            .OrderBy(p => p.Case!.Reference).Select(p => p.Id).Take(6).ToListAsync(ct);
        var incidents = DemoIncidents.Build(provider.Id, officer.Id, today, minors);
        db.AddRange(incidents);
        await db.SaveChangesAsync(ct);
        DemoIncidents.AddReports(db, incidents, officer.Id, administration?.Id, today);
        await db.SaveChangesAsync(ct);
        var inErrorId = incidents[^1].Id;
        var erased = await SgogErasure.WithContent(db).FirstAsync(i => i.Id == inErrorId, ct);
        await SgogErasure.EraseAsync(db, erased, ErasureGround.RegisteredInError, today.AddMonths(-7), officer.Id, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A one-page PDF with one line of text, so the demo's framework has a file to download.</summary>
    private static byte[] Pdf(string line)
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {31 + line.Length} >>\nstream\nBT /F1 14 Tf 60 780 Td ({line}) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var n = 0; n < objects.Length; n++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{n + 1} 0 obj\n{objects[n]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static void AddFramework(ZichtDb db, Guid provider, Guid officer, DateOnly today)
    {
        SgogDocument Version(SgogDocumentKind kind, int number, string title, DateOnly adopted, bool complete) => new()
        {
            OrganisationId = provider,
            Kind = kind,
            Number = number,
            Title = title,
            AdoptedOn = adopted,
            AddedOn = adopted,
            AddedById = officer,
            CoversPrevention = true,
            CoversDetection = true,
            CoversResponse = true,
            CoversRegistration = complete,
        };
        var file = new SgogFile
        {
            OrganisationId = provider,
            OriginalName = "referentiekader-v2.pdf",
            ContentType = SgogFileCheck.Pdf.ContentType,
            Content = Pdf("Referentiekader grensoverschrijdend gedrag, versie 2, demo"),
            UploadedOn = today.AddMonths(-3),
            UploadedById = officer,
        };
        file.Length = file.Content.Length;
        var current = Version(SgogDocumentKind.Framework, 2, "Referentiekader grensoverschrijdend gedrag (herwerkt met het Vlaggensysteem)", today.AddMonths(-3), true);
        current.FileId = file.Id;
        db.AddRange(file, current,
            Version(SgogDocumentKind.Framework, 1, "Referentiekader grensoverschrijdend gedrag", today.AddYears(-3), true),
            Version(SgogDocumentKind.Procedure, 1, "Procedure preventie, detectie en reageren", today.AddYears(-3), false),
            Version(SgogDocumentKind.Procedure, 2, "Procedure preventie, detectie, reageren en registratie", today.AddMonths(-3), true),
            new SgogAwareness { OrganisationId = provider, Kind = AwarenessKind.StaffInformed, On = today.AddMonths(-2), Description = "Personeelsvergadering: nieuw referentiekader toegelicht", Participants = 34 },
            new SgogAwareness { OrganisationId = provider, Kind = AwarenessKind.StaffTrained, On = today.AddMonths(-1), Description = "Vorming Vlaggensysteem, twee dagdelen", Participants = 18 },
            new SgogAwareness { OrganisationId = provider, Kind = AwarenessKind.UsersInformed, On = today.AddYears(-2), Description = "Infomoment jongeren en ouders (vorig kader)", Participants = 22 });
    }
}
