using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Cli;

namespace Zicht.Features.Surveys;

/// <summary>
/// `zicht surveys instrument-export --key parent` writes the current version as JSON; an administrator
/// edits it (texts, items, scales, routing), raises "version" and loads it with `instrument-add`.
/// Old answers keep pointing at the version they answered.
/// </summary>
internal static class InstrumentCommands
{
    public static Command Export()
    {
        var key = new Option<string>("--key") { Description = "parent, child, network, followup or staff.", Required = true };
        var command = new Command("instrument-export", "Print the current version of an instrument as JSON.") { key };
        command.SetAction((parse, ct) => ZichtCli.WithServicesAsync("surveys-instrument", async (sp, token) =>
        {
            var (_, instrument) = await sp.GetRequiredService<InstrumentStore>().CurrentAsync(parse.GetValue(key)!, token);
            Console.WriteLine(InstrumentJson.Write(instrument));
            return 0;
        }, ct));
        return command;
    }

    public static Command Add()
    {
        var file = new Option<FileInfo>("--file") { Description = "The instrument as JSON, with a higher version.", Required = true };
        var command = new Command("instrument-add", "Add a new version of an instrument (checked before it is stored).") { file };
        command.SetAction((parse, ct) => ZichtCli.WithServicesAsync("surveys-instrument", async (sp, token) =>
        {
            InstrumentVersion row;
            Instrument instrument;
            try
            {
                instrument = InstrumentJson.Parse(await File.ReadAllTextAsync(parse.GetValue(file)!.FullName, token));
                var store = sp.GetRequiredService<InstrumentStore>();
                await store.CurrentAsync(instrument.Key, token);
                row = await store.AddAsync(instrument, token);
            }
            catch (Exception e) when (e is InvalidOperationException or System.Text.Json.JsonException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return 2;
            }
            var versions = await sp.GetRequiredService<ZichtDb>().Set<InstrumentVersion>().CountAsync(v => v.Key == instrument.Key, token);
            Console.WriteLine($"{instrument.Key} version {row.Version} stored ({versions} versions kept).");
            return 0;
        }, ct));
        return command;
    }
}
