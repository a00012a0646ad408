using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.ChildVoice;

/// <summary>
/// `./zicht move-uploads`: moves files stored on a node's disk before decision 067 into the database, each
/// with an audit line, and deletes the file once its bytes are committed. Run it once on every node that
/// kept files (it is safe to repeat: what is already in the database is skipped).
/// </summary>
internal static class MoveUploadsCommand
{
    public static Command Create()
    {
        var command = new Command("move-uploads", "Move uploaded files from this node's disk into the database, so every node serves them.");
        command.SetAction((_, ct) => Infrastructure.Cli.FeatureCli.RunAsync("move-uploads", async (sp, token) =>
        {
            var db = sp.GetRequiredService<ZichtDb>();
            var store = sp.GetRequiredService<UploadStore>();
            var stored = db.Set<UploadContent>().IgnoreQueryFilters().Select(c => c.StorageKey);
            var waiting = await db.Set<CaseUpload>().IgnoreQueryFilters().AsNoTracking()
                .Where(u => !stored.Contains(u.StorageKey)).Select(u => new { u.StorageKey, u.CaseId }).ToListAsync(token);
            int moved = 0, missing = 0;
            foreach (var upload in waiting)
            {
                if (store.LegacyPath(upload.StorageKey) is not { } path || !File.Exists(path))
                {
                    missing++;
                    continue;
                }
                db.Add(new UploadContent { StorageKey = upload.StorageKey, CaseId = upload.CaseId, Bytes = await File.ReadAllBytesAsync(path, token) });
                await db.SaveChangesAsync(token);
                db.ChangeTracker.Clear();
                File.Delete(path);
                moved++;
            }
            Console.WriteLine($"Moved {moved} files into the database from {store.LegacyRoot}; {missing} not on this node's disk.");
            return 0;
        }, ct));
        return command;
    }
}
