using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.ChildVoice;
using Zicht.Tests.Features.Audit;
using Zicht.Tests.Features.Casework;
using Zicht.Tests.Features.ChildVoice;

namespace Zicht.Tests.Features.Operations;

public class UploadsAcrossNodesTests(NodeApp first) : IClassFixture<NodeApp>
{
    [Fact]
    public async Task A_drawing_uploaded_on_one_node_is_downloaded_on_another_with_its_own_disk()
    {
        await using var second = new NodeApp { SharedDatabase = first.Database };
        await second.InitializeAsync();
        var s = await CaseworkSetup.CreateAsync(first);

        var uploaded = await ChildVoiceTests.RecordAsync(s, "Ik teken mijn huis", shared: false, file: (ChildVoiceTests.TinyPng, "huis.png"));

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(first.Disk, "uploads")) && Directory.EnumerateFiles(Path.Combine(first.Disk, "uploads"), "*", SearchOption.AllDirectories).Any());
        var upload = await first.Data.WithDbAsync(db => db.Set<CaseUpload>().AsNoTracking().SingleAsync(u => u.CaseId == s.Case.Id));
        var onSecond = await second.SignedInAsync(s.Worker.UserName!);
        var download = await onSecond.GetAsync($"/dossiers/{s.Case.Id}/bestanden/{upload.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.True((await download.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
    }

    [Fact]
    public async Task A_failed_save_leaves_no_file_behind()
    {
        var s = await CaseworkSetup.CreateAsync(first);
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

        await ChildVoiceTests.RecordAsync(s, "Mijn droomhuis", shared: true, file: (exe, "tekening.png"));

        Assert.False(await first.Data.WithDbAsync(db => db.Set<UploadContent>().AnyAsync(u => u.CaseId == s.Case.Id)));
    }

    [Fact]
    public async Task Move_uploads_moves_a_file_from_the_old_disk_folder_into_the_database()
    {
        var s = await CaseworkSetup.CreateAsync(first);
        var key = $"{s.Case.Id:N}/{Guid.NewGuid():N}";
        var file = Path.Combine(first.Disk, "uploads", key);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, ChildVoiceTests.TinyPng);
        var upload = await first.Data.WithDbAsync(async db =>
        {
            var row = new CaseUpload { CaseId = s.Case.Id, OriginalName = "oud.png", ContentType = "image/png", Length = ChildVoiceTests.TinyPng.Length, StorageKey = key };
            db.Add(row);
            await db.SaveChangesAsync();
            return row;
        });
        // Before the move the node still serves its own old file.
        Assert.Equal(HttpStatusCode.OK, (await s.Client.GetAsync(s.Url($"bestanden/{upload.Id}"))).StatusCode);

        var moved = await ZichtCommand.RunAsync(first, ["move-uploads"], ("Zicht__Uploads__Root", Path.Combine(first.Disk, "uploads")));

        Assert.Equal(0, moved.ExitCode);
        Assert.Contains("Moved 1 files", moved.Output);
        Assert.False(File.Exists(file));
        var stored = await first.Data.WithDbAsync(db => db.Set<UploadContent>().AsNoTracking().SingleAsync(u => u.StorageKey == key));
        Assert.Equal(ChildVoiceTests.TinyPng, stored.Bytes);
        Assert.Equal(HttpStatusCode.OK, (await s.Client.GetAsync(s.Url($"bestanden/{upload.Id}"))).StatusCode);
    }
}
