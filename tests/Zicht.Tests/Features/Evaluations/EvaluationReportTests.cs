using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.ChildVoice;
using Zicht.Features.Evaluations;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.SafetyPlans;
using Zicht.Features.SafetyScales;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;
using Zicht.Tests.Features.Casework;

namespace Zicht.Tests.Features.Evaluations;

/// <summary>Wish 9: the six-monthly evaluation report, pre-filled from the records, answered, saved, finalised, printed.</summary>
public class EvaluationReportTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private const string Report = "verslagen/halfjaarlijks";

    [Fact]
    public async Task The_report_shows_what_the_records_say_for_its_half_year()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await SeedRecordsAsync(s.Case.Id);

        var page = await s.Client.GetPageAsync(s.Url(Report));
        var main = page.QuerySelector("main")!.TextContent;

        Assert.Contains("Periode: " + Nl(new DateOnly(2026, 3, 1)) + " – " + Nl(new DateOnly(2026, 9, 1)), main);
        Assert.Contains("Nog niet begonnen", main);
        Assert.Contains("Papa drinkt als hij alleen is met Lotte", main);
        Assert.DoesNotContain("Ik ben bang als papa boos is", main);
        Assert.Contains("De stem van het kind 1 keer geregistreerd in deze periode, waarvan 0 gedeeld met de ouders", main);
        Assert.DoesNotContain("Ik wil dat papa stopt", main);
        Assert.Contains("Netwerkberaden in deze periode: " + Nl(new DateOnly(2026, 5, 1)), main);
        Assert.Contains("Veiligheidsplan versie 1: Initieel, Volwassenen", main);
        Assert.Contains("Mama (Ouder): 4 (" + Nl(new DateOnly(2026, 4, 1)) + ") → 6 (" + Nl(new DateOnly(2026, 6, 1)) + ")", main);
        var steps = page.QuerySelectorAll("table.steps tbody tr");
        Assert.Equal(StepCatalog.Steps.Count, steps.Length);
        Assert.Contains(steps, r => r.TextContent.Contains(StepCatalog.Of(PracticeStep.NetworkMeeting).ShortDutch) && r.TextContent.Contains(Nl(new DateOnly(2026, 5, 1))));
        Assert.Equal(EvaluationQuestions.All.Count, page.QuerySelectorAll("textarea[name^='Answers[']").Length);
        Assert.Contains("Waarom zijn we betrokken, en is het nog nodig?", main);
    }

    [Fact]
    public async Task Answers_are_kept_as_a_version_checked_draft_then_finalised_and_the_next_half_year_follows()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var saved = await s.Client.SubmitAsync(s.Url(Report), new Dictionary<string, string> { ["Answers[why]"] = "Er is nog MaNo: de avonden zijn onveilig." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var report = await app.Data.WithDbAsync(db => db.Set<EvaluationReport>().AsNoTracking().SingleAsync(r => r.CaseId == s.Case.Id));
        Assert.Equal($"/dossiers/{s.Case.Id}/{Report}/{report.Id}", saved.Headers.Location!.OriginalString);
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 9, 1), "Er is nog MaNo: de avonden zijn onveilig."),
            (report.PeriodFrom, report.PeriodTo, report.Answers()["why"]));
        var url = s.Url($"{Report}/{report.Id}");

        // A colleague saves meanwhile: the stale form is refused, its text stays in the form.
        var stale = await s.Client.GetPageAsync(url);
        await s.Client.SubmitAsync(url, new Dictionary<string, string> { ["Answers[child]"] = "Lotte wil bij mama blijven." });
        var conflict = await s.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = stale.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
            ["Version"] = stale.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Version]")!.Value,
            ["Answers[child]"] = "mijn versie",
        }));
        var html = await conflict.TextAsync();
        Assert.Contains("Iemand anders wijzigde dit verslag", html);
        Assert.Contains("mijn versie", html);

        var final = await s.Client.SubmitAsync(url, new Dictionary<string, string> { ["finalise"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, final.StatusCode);
        var stored = await app.Data.WithDbAsync(db => db.Set<EvaluationReport>().AsNoTracking().SingleAsync(r => r.Id == report.Id));
        Assert.Equal(("Lotte wil bij mama blijven.", true), (stored.Answers()["child"], stored.Final));

        var readOnly = await s.Client.GetPageAsync(url);
        Assert.Empty(readOnly.QuerySelectorAll("textarea"));
        Assert.Contains("Definitief op", readOnly.QuerySelector("main")!.TextContent);
        var again = await s.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = stale.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
            ["Version"] = stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Answers[child]"] = "te laat",
        }));
        Assert.Contains("Dit verslag is definitief", await again.TextAsync());

        var next = (await s.Client.GetPageAsync(s.Url(Report))).QuerySelector("main")!.TextContent;
        Assert.Contains("Periode: " + Nl(new DateOnly(2026, 9, 1)) + " – " + Nl(new DateOnly(2027, 3, 1)), next);
        Assert.Contains("Andere evaluatieverslagen", next);
        var trail = await app.Data.WithDbAsync(db => db.AuditTrail.AsNoTracking().Where(a => a.CaseId == s.Case.Id && a.EntityType == nameof(EvaluationReport)).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.Create, trail);
        Assert.Contains(AuditActions.Update, trail);
    }

    [Fact]
    public async Task Mijn_werk_lists_the_report_when_due_and_no_longer_once_finalised()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        var link = $"#work-evaluations ~ ul a[href='/dossiers/{s.Case.Id}/{Report}']";
        Assert.NotNull((await s.Client.GetPageAsync("/")).QuerySelector(link));

        await app.Data.WithDbAsync(async db =>
        {
            var today = DateOnly.FromDateTime(DateTime.Now);
            db.Add(new EvaluationReport { CaseId = s.Case.Id, PeriodFrom = today.AddMonths(-6), PeriodTo = today, FinalisedOn = today, FinalisedByName = "x" });
            await db.SaveChangesAsync();
        });

        Assert.Null((await s.Client.GetPageAsync("/")).QuerySelector(link));
    }

    [Fact]
    public async Task The_report_prints_as_an_A4_pdf_with_its_properties_and_the_download_is_audited()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var response = await s.Client.GetAsync(s.Url($"{Report}?pdfFile=true"));

        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var properties = PdfProperties.Of(pdf);
        Assert.Equal(($"Halfjaarlijks evaluatieverslag · {s.Case.Reference}", "Opgroeien · Zicht", "Halfjaarlijks evaluatieverslag", "nl-BE"),
            (properties.Title, properties.Author, properties.Subject, properties.Language));
        Assert.NotNull(properties.CreationDate);
        Assert.True(await app.Data.WithDbAsync(db => db.AuditTrail.AnyAsync(a => a.Action == AuditActions.Export && a.EntityType == "EvaluationReport" && a.CaseId == s.Case.Id)));
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Policy)]
    public async Task Another_teams_worker_and_policy_staff_are_refused(string role)
    {
        var s = await CaseworkSetup.CreateAsync(app);
        var report = await app.Data.WithDbAsync(async db =>
        {
            var r = new EvaluationReport { CaseId = s.Case.Id, PeriodFrom = new DateOnly(2026, 3, 1), PeriodTo = new DateOnly(2026, 9, 1) };
            db.Add(r);
            await db.SaveChangesAsync();
            return r;
        });
        var outsider = await app.SignedInAsync((await app.Data.StaffAsync(s.World, role, role == Roles.Caseworker ? s.World.TeamB : null)).UserName!);

        foreach (var path in new[] { Report, $"{Report}/{report.Id}", $"{Report}?pdfFile=true" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(s.Url(path))).StatusCode);
        }
        Assert.DoesNotContain($"/dossiers/{s.Case.Id}/", await (await outsider.GetAsync("/")).TextAsync());
        Assert.False(await app.Data.WithDbAsync(db => db.AuditTrail.AnyAsync(a => a.Action == AuditActions.Export && a.CaseId == s.Case.Id)));
    }

    [Fact]
    public void The_next_report_is_due_six_months_after_the_start_then_after_the_last_period()
    {
        Assert.Equal(new DateOnly(2026, 9, 1), EvaluationCadence.NextDue(new DateOnly(2026, 3, 1), null));
        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2027, 3, 1)), EvaluationCadence.NextPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 9, 1)));
        Assert.Equal(new DateOnly(2026, 2, 28), EvaluationCadence.NextDue(new DateOnly(2025, 8, 31), null));
    }

    private static string Nl(DateOnly d) => d.ToString("d", new System.Globalization.CultureInfo("nl-BE"));

    private Task SeedRecordsAsync(Guid caseId) => app.Data.WithDbAsync(async db =>
    {
        var version = new MappingVersion { CaseId = caseId, Number = 1, HeldOn = new DateOnly(2026, 3, 10) };
        version.Freeze(
        [
            new(Guid.NewGuid(), MappingSection.DangerStatement, "Papa drinkt als hij alleen is met Lotte", Speaker.Worker, null),
            new(Guid.NewGuid(), MappingSection.DangerStatement, "Ik ben bang als papa boos is", Speaker.Child, "Lotte"),
        ], [Speaker.Worker]);
        db.Add(version);
        db.Add(new SafetyScore { CaseId = caseId, ScoredOn = new DateOnly(2026, 4, 1), Score = 4, ScorerRole = ScorerRole.Parent, ScorerName = "Mama" });
        db.Add(new SafetyScore { CaseId = caseId, ScoredOn = new DateOnly(2026, 6, 1), Score = 6, ScorerRole = ScorerRole.Parent, ScorerName = "Mama" });
        db.Add(new NetworkMeeting { CaseId = caseId, HeldOn = new DateOnly(2026, 5, 1), Attendees = "mama, oma" });
        db.Add(new SafetyPlanVersion
        {
            CaseId = caseId,
            Number = 1,
            Stage = PlanStage.Initial,
            Audience = PlanAudience.Adult,
            AgreedOn = new DateOnly(2026, 5, 2),
            RulesJson = JsonSerializer.Serialize(new[] { new RuleSnapshot(Guid.NewGuid(), RuleKind.WhoDoesWhat, "Oma", "belt elke avond", null) }),
        });
        var child = await db.CasePeople.FirstAsync(p => p.CaseId == caseId && p.Role == PersonRole.Minor);
        db.Add(new ChildVoiceRecord { CaseId = caseId, ChildId = child.Id, Tool = ChildVoiceTool.ThreeHouses, Part = ChildVoicePart.HouseOfWorries, RecordedOn = new DateOnly(2026, 4, 10), ChildWords = "Ik wil dat papa stopt" });
        await db.SaveChangesAsync();
    });
}
