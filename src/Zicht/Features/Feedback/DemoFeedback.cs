using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;

namespace Zicht.Features.Feedback;

/// <summary>
/// Demo feedback (local demo mode only, called by the demo seeder): parents, children and network
/// members of the demo cases answered over the past five quarters, and some families 6 or 12 months
/// after closure. Older open answers were released by the team lead; the newest batch waits for
/// teamlead@demo on the texts page, one of them with an address to redact.
/// </summary>
internal static class DemoFeedback
{
    private static readonly string[] ParentTexts =
    [
        "De consulent luisterde echt naar ons, ook als we het niet eens waren.",
        "Het netwerkoverleg gaf ons rust: iedereen weet nu wat er van hem verwacht wordt.",
        "Soms ging het te snel voor ons. Meer tijd om na te denken had geholpen.",
        "We wonen nu in de Kerkstraat 14 in Lier, de grootmoeder van Emma komt elke woensdag.",
        "Het veiligheidsplan hangt op de koelkast. De kinderen weten wie ze kunnen bellen.",
        "Ik had liever één vaste persoon gehad in plaats van telkens iemand anders.",
        "Eerlijk gezegd was ik eerst boos, maar nu zie ik dat het plan ons helpt.",
        "De woorden en tekeningen-uitleg maakte het voor onze zoon begrijpelijk.",
    ];

    private static readonly string[] NetworkTexts =
    [
        "Als buurman wist ik niet goed wat mijn rol was, tot het eerste netwerkoverleg.",
        "Goed dat we als familie mee mochten nadenken over de afspraken.",
        "Bel me gerust op 0478 12 34 56 als er iets is, zei ik, maar niemand deed dat.",
    ];

    public static async Task SeedAsync(ZichtDb db, CancellationToken ct)
    {
        if (await db.Set<FeedbackResponse>().AnyAsync(ct))
        {
            return;
        }
        var store = new InstrumentStore(db);
        var versions = new Dictionary<string, Guid>();
        foreach (var key in new[] { "parent", "child", "network", "followup" })
        {
            versions[key] = (await store.CurrentAsync(key, ct)).Id;
        }
        var cases = await db.Cases.IgnoreQueryFilters().OrderBy(c => c.Reference)
            .Select(c => new { c.ResponsibleWorkerId, c.TeamId, c.ServiceId, c.Team!.RegionId, c.ClosedOn }).ToListAsync(ct);
        var random = new Random(2026);
        var current = FeedbackResponse.QuarterOf(DateTime.UtcNow);
        var newest = current.AddMonths(-3);
        foreach (var c in cases)
        {
            // Two to four answers per case, spread over the five finished quarters.
            var count = random.Next(2, 5);
            for (var i = 0; i < count; i++)
            {
                var period = current.AddMonths(-3 * random.Next(1, 6));
                var (key, audience) = random.Next(10) switch
                {
                    < 6 => ("parent", Audience.Parent),
                    < 8 => ("child", Audience.Child),
                    _ => ("network", Audience.NetworkMember),
                };
                var answers = Answers(key, random);
                db.Add(Response(versions[key], audience, c.ResponsibleWorkerId, c.TeamId, c.ServiceId, c.RegionId, period, answers,
                    released: period < newest || !answers.Keys.Any(k => k.EndsWith("_open", StringComparison.Ordinal))));
            }
            if (c.ClosedOn is not null && random.Next(3) > 0)
            {
                var answers = Answers("followup", random);
                db.Add(Response(versions["followup"], Audience.FollowUp, c.ResponsibleWorkerId, c.TeamId, c.ServiceId, c.RegionId,
                    current.AddMonths(-3 * random.Next(1, 4)), answers, released: true));
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static FeedbackResponse Response(Guid version, Audience audience, Guid worker, Guid team, Guid service, Guid region,
        DateOnly period, Dictionary<string, string> answers, bool released) => new()
        {
            InstrumentVersionId = version,
            Respondent = audience,
            WorkerId = worker,
            TeamId = team,
            ServiceId = service,
            RegionId = region,
            Period = period,
            Answers = Surveys.Answers.Write(answers),
            TextsReleased = released,
        };

    /// <summary>Mostly agreeing answers with some doubt, as the evaluation found; an open answer now and then.</summary>
    private static Dictionary<string, string> Answers(string key, Random random)
    {
        var answers = new Dictionary<string, string>();
        int Agree() => random.Next(10) switch { < 1 => 2, < 2 => 3, < 6 => 4, _ => 5 };
        switch (key)
        {
            case "parent":
                for (var i = 1; i <= 14; i++)
                {
                    answers[$"p{i:00}"] = Agree().ToString();
                }
                if (random.Next(3) == 0)
                {
                    answers["p_open"] = ParentTexts[random.Next(ParentTexts.Length)];
                }
                break;
            case "child":
                for (var i = 1; i <= 9; i++)
                {
                    answers[$"c{i:00}"] = (random.Next(10) switch { < 1 => 1, < 4 => 2, _ => 3 }).ToString();
                }
                break;
            case "network":
                for (var i = 1; i <= 10; i++)
                {
                    answers[$"n{i:00}"] = Agree().ToString();
                }
                if (random.Next(3) == 0)
                {
                    answers["n_open"] = NetworkTexts[random.Next(NetworkTexts.Length)];
                }
                break;
            default:
                answers["f01"] = random.Next(10) < 7 ? "1" : "0";
                answers["f02"] = Agree().ToString();
                answers["f03"] = Agree().ToString();
                break;
        }
        return answers;
    }
}
