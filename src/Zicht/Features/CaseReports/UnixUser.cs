namespace Zicht.Features.CaseReports;

/// <summary>A local account (from /etc/passwd), for handing the renderer's private work folder to it.</summary>
public sealed record UnixUser(string Name, uint Uid, uint Gid)
{
    public static UnixUser? Find(string name)
    {
        if (string.IsNullOrEmpty(name) || !File.Exists("/etc/passwd"))
        {
            return null;
        }
        foreach (var line in File.ReadLines("/etc/passwd"))
        {
            var parts = line.Split(':');
            if (parts.Length > 3 && parts[0] == name && uint.TryParse(parts[2], out var uid) && uint.TryParse(parts[3], out var gid))
            {
                return new UnixUser(name, uid, gid);
            }
        }
        return null;
    }

    /// <summary>Makes the renderer's user the owner of the work folder and what is in it (the folder stays private: mode 700).</summary>
    public static async Task GiveToAsync(string path, UnixUser user, CancellationToken ct)
    {
        var start = new System.Diagnostics.ProcessStartInfo("chown") { RedirectStandardError = true };
        foreach (var arg in new[] { "-R", $"{user.Uid}:{user.Gid}", path })
        {
            start.ArgumentList.Add(arg);
        }
        using var chown = System.Diagnostics.Process.Start(start)!;
        await chown.WaitForExitAsync(ct);
        if (chown.ExitCode != 0)
        {
            throw new IOException($"Could not hand the work folder to the renderer's user (chown exit {chown.ExitCode}).");
        }
    }
}

/// <summary>Memory of a process and all its descendants (Linux /proc, proportional set size).</summary>
public static class ProcessTree
{
    public static long ResidentBytes(int pid)
    {
        long total = 0;
        var pending = new Stack<int>([pid]);
        while (pending.TryPop(out var current))
        {
            try
            {
                // Proportional set size: shared libraries count once over the tree, not once per process.
                var rollup = File.ReadAllLines($"/proc/{current}/smaps_rollup");
                var pss = rollup.FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
                if (pss is not null && long.TryParse(pss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kb))
                {
                    total += kb * 1024;
                }
                foreach (var task in Directory.EnumerateDirectories($"/proc/{current}/task"))
                {
                    foreach (var child in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        pending.Push(int.Parse(child, System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return total;
    }
}
