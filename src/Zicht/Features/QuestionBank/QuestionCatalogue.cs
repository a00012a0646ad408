using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.QuestionBank;

/// <summary>The places example questions are shown, their kinds, and the bank every installation starts with (§3.8's seed material).</summary>
public static class QuestionCatalogue
{
    public static readonly string[] Contexts = ["mapping", "harm_matrix", "scaling", "child_voice", "network", "network_meeting", "feedback", "process_team"];
    public static readonly string[] Kinds = ["exception", "scaling", "relationship", "harm_matrix", "child", "network", "feedback", "good_practice"];

    public static readonly IReadOnlyList<(string Context, string Kind, string Text, string Source)> Defaults =
    [
        ("harm_matrix", "harm_matrix", "Wat is er gebeurd, wat is het ergste, wat was de aanleiding?", "evaluatie 001:8773–8774"),
        ("harm_matrix", "harm_matrix", "Hoe vaak gebeurt dat? Wat is het ergste dat er dan gebeurt? Wat is de impact op het kind? En welke grote blinde vlekken hebben we hierrond?", "evaluatie 001:8797–8799"),
        ("harm_matrix", "harm_matrix", "Wat was het eerste, het ergste en het laatste incident?", "evaluatie 001:6576"),
        ("mapping", "exception", "Wanneer lukte het wel om het kind veilig te houden? Wat was er toen anders?", "uitzonderingsvraag, evaluatie 004:1237"),
        ("mapping", "relationship", "Wat zou je grootmoeder zeggen dat goed gaat in jullie gezin?", "relatievraag, evaluatie 004:1237"),
        ("scaling", "scaling", "Met welk gevoel ben je hier vandaag binnengestapt?", "evaluatie 001:2341–2345"),
        ("scaling", "scaling", "Met welk gevoel stap je hier buiten?", "evaluatie 001:2341–2345"),
        ("scaling", "scaling", "Welke kans op slagen geef je dit?", "evaluatie 001:2341–2345"),
        ("scaling", "scaling", "Hoe denk je dat je kind zich zou scoren op deze schaal?", "evaluatie 001:8739–8752"),
        ("scaling", "good_practice", "Sommige ouders vinden de vraag 'je schaalt je op een 5, wat heb je nodig om naar een 6 te gaan?' moeilijk. Vraag dan eerst wat er al is dat het geen 4 maakt.", "evaluatie 001:8764–8766"),
        ("child_voice", "child", "Waar maak je je zorgen over, wat loopt goed? Stel dat je zou mogen toveren, wat zou er dan veranderen?", "evaluatie 001:8858–8860"),
        ("child_voice", "good_practice", "Met tieners: samen een weekschema tekenen, of de '3 smartphones' gebruiken om te praten over wat thuis gebeurt.", "evaluatie 001:8828–8829, 8850–8854"),
        ("network", "network", "Breng maar iemand mee die je vertrouwt. Jij kiest wie.", "evaluatie 001:8988–8989"),
        ("network", "good_practice", "Mobiliteitsmapping: begin met 'wat was je eerste herinnering?' en laat de ouder het huis tekenen; zo komen mensen in beeld die niemand noemde.", "evaluatie 001:9007–9009"),
        ("network_meeting", "good_practice", "Schrijf op een groot bord wat er vandaag gebeurt; na het rondje voorstellen start je met een schaalvraag en noteer je de scores: wat zit er in die scores?", "evaluatie 001:9102–9107"),
        ("network_meeting", "child", "Spreek het kind apart voor elk netwerkoverleg, laat het kiezen waar het zit en wie eerst spreekt, en stuur het nadien een kort berichtje.", "evaluatie 001:8961–8975"),
        ("feedback", "feedback", "Hoe is dit gesprek voor jou geweest? Wat ging er goed? Wat had ik anders kunnen doen? Wat verwacht je de volgende keer?", "evaluatie 001:7946–7947"),
        ("feedback", "feedback", "Wat heeft dat nu met jou gedaan?", "evaluatie 001:7979"),
        ("process_team", "good_practice", "Waarom zijn we betrokken, en is het nog nodig? Houd de focus op wat minimaal nodig is voor de veiligheid.", "evaluatie 001:6552–6557"),
    ];

    /// <summary>Writes the starting bank once, on an installation that has none (configuration, not demo data).</summary>
    public static async Task EnsureAsync(ZichtDb db, CancellationToken ct)
    {
        if (await db.Set<ExampleQuestion>().AnyAsync(ct))
        {
            return;
        }
        var position = 0;
        foreach (var (context, kind, text, source) in Defaults)
        {
            db.Add(new ExampleQuestion { Context = context, Kind = kind, Text = text, Source = source, Position = position++ });
        }
        await db.SaveChangesAsync(ct);
    }
}
