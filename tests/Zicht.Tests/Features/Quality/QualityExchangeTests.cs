using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Quality;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Audit;

namespace Zicht.Tests.Features.Quality;

/// <summary>formats/quality.md: imports all or nothing, idempotent, every bad row as <c>line N: column: reason</c>; exports in the exact shape.</summary>
public class QualityExchangeTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private static string Header => "organisation,year,department,work_form,domain,level,carried_over,motivation";

    private static string Rows(string org, int year, string department, string workForm, Func<QualityDomain, int> level) =>
        string.Join('\n', QualityDomainCatalog.Domains.Select(d => $"{org},{year},{department},{workForm},{d.Code},{level(d)},false,"));

    [Fact]
    public async Task A_bad_file_imports_nothing_and_names_every_bad_row()
    {
        var world = await app.Data.WorldAsync();
        var org = world.Provider.Name;
        var file = string.Join('\n', Header,
            $"{org},2031,Noord,OVBJ,reception,3,false,",
            $"{org},2031,Noord,OVBJ,involvement,3.5,false,",
            $"{org},2031,Noord,OVBJ,complaints,between 3 and 4,false,",
            $"{org},2031,Noord,OVBJ,org_vision,6,false,",
            $"{org},2031,Noord,OVBJ,file_management,-1,false,",
            $"{org},2031,Noord,OVBJ,quality_of_life,2,false,",
            $"{org},2031,Noord,OVBJ,closure_aftercare,2,true,",
            $"{org},2031,Noord,OVBJ,reception,2,false,",
            $"Onbekende vzw,2031,Noord,OVBJ,effect_of_help,2,false,");

        var outcome = await ImportAsync(db => db.ImportSelfEvaluationsAsync(new StringReader(file), false, null, default));

        Assert.False(outcome.Accepted);
        Assert.Equal(
            [
                "line 3: level: give one whole number from 0 to 5 (not a decimal, not a range such as \"between 3 and 4\") (value: \"3.5\")",
                "line 4: level: give one whole number from 0 to 5 (not a decimal, not a range such as \"between 3 and 4\") (value: \"between 3 and 4\")",
                "line 5: level: growth levels run from 0 to 5 (value: \"6\")",
                "line 6: level: growth levels run from 0 to 5 (value: \"-1\")",
            ],
            outcome.Problems.Where(p => p.Column == "level").Select(p => p.ToString()));
        Assert.StartsWith("line 7: domain: unknown domain (one of: org_vision, involvement", outcome.Problems.Single(p => p.Column == "domain").ToString());
        Assert.Equal("line 8: motivation: required when carried_over is true: a score taken over from last year must say why", outcome.Problems.Single(p => p.Column == "motivation").ToString());
        Assert.Equal("line 9: (row): duplicate key (organisation, year, department, work_form, domain): also on line 2", outcome.Problems.Single(p => p.Column == "(row)").ToString());
        Assert.Equal("line 10: organisation: unknown organisation (use --create-missing to create it) (value: \"Onbekende vzw\")", outcome.Problems.Single(p => p.Column == "organisation").ToString());
        Assert.Equal(0, await app.Data.WithDbAsync(db => db.Set<QualityDepartment>().CountAsync(d => d.OrganisationId == world.Provider.Id)));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_and_a_changed_row_updates()
    {
        var world = await app.Data.WorldAsync();
        var year = QualitySetup.FreshYear();
        var file = string.Join('\n', Header, Rows(world.Provider.Name, year, "Noord", "OVBJ", d => 2), Rows(world.Provider.Name, year, "Zuid", "HCA", d => d.Order % 4));

        var first = await ImportAsync(db => db.ImportSelfEvaluationsAsync(new StringReader(file), false, null, default));
        var again = await ImportAsync(db => db.ImportSelfEvaluationsAsync(new StringReader(file), false, null, default));
        var changed = await ImportAsync(db => db.ImportSelfEvaluationsAsync(new StringReader(file.Replace($"Noord,OVBJ,reception,2,false,", $"Noord,OVBJ,reception,4,true,Ongewijzigd", StringComparison.Ordinal)), false, null, default));

        Assert.Equal((true, 32, 0, 0), (first.Accepted, first.Inserted, first.Updated, first.Unchanged));
        Assert.Equal((true, 0, 0, 32), (again.Accepted, again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal((1, 31), (changed.Updated, changed.Unchanged));
        Assert.Equal(SelfEvaluationStatus.Submitted, await app.Data.WithDbAsync(db => db.Set<SelfEvaluation>().Where(e => e.OrganisationId == world.Provider.Id).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_commands_import_and_export_in_the_formats_shape()
    {
        var year = QualitySetup.FreshYear();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (alpha, beta) = ($"Alfa {tag}", $"Beta {tag}");
        var quality = Path.Combine(Path.GetTempPath(), $"quality-{tag}.csv");
        await File.WriteAllTextAsync(quality, "\uFEFF" + string.Join('\n', Header, Rows(alpha, year, "Noord", "OVBJ", d => 2), Rows(alpha, year, "Zuid", "HCA", d => d.Order == 1 ? 1 : 3), Rows(beta, year, "Hoofdwerking", "OVBJ", d => 4)));
        var inspections = Path.Combine(Path.GetTempPath(), $"inspections-{tag}.csv");
        await File.WriteAllTextAsync(inspections, $"organisation,year,domain,inspected_on,confirmed,higher_level_indicators,remarks\n{alpha},{year},org_vision,{year + 1}-03-01,true,true,\n{beta},{year},org_vision,{year + 1}-03-02,false,false,Niet in alle afdelingen");

        var refused = await ZichtCommand.RunAsync(app, "import", "quality", quality);
        var imported = await ZichtCommand.RunAsync(app, "import", "quality", quality, "--create-missing");
        var findings = await ZichtCommand.RunAsync(app, "import", "inspections", inspections);
        var byOrganisation = await ZichtCommand.RunAsync(app, "export", "quality", "--year", $"{year}", "--by", "organisation");
        var byWorkForm = await ZichtCommand.RunAsync(app, "export", "quality", "--year", $"{year}", "--by", "work_form");
        var sector = await ZichtCommand.RunAsync(app, "export", "quality", "--year", $"{year}", "--by", "sector");
        var cross = await ZichtCommand.RunAsync(app, "export", "inspections", "--year", $"{year}", "--domain", "org_vision");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"line 2: organisation: unknown organisation (use --create-missing to create it) (value: \"{alpha}\")", refused.Error);
        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("Imported 48 rows: 48 new, 0 updated, 0 unchanged.", imported.Output);
        Assert.Equal(0, findings.ExitCode);
        var org = Lines(byOrganisation.Output);
        Assert.Equal("organisation,domain,level,departments,lowest_department", org[0]);
        Assert.Equal([$"{alpha},org_vision,1,2,Zuid", $"{alpha},involvement,2,2,Noord"], org[1..3]);
        Assert.Equal($"{beta},org_vision,4,1,Hoofdwerking", org[17]);
        Assert.Equal(33, org.Length);
        Assert.Equal(["organisation,work_form,domain,level", $"{alpha},HCA,org_vision,1", $"{alpha},HCA,involvement,3"], Lines(byWorkForm.Output)[..3]);
        Assert.Equal(["domain,organisations,mean_level,level_0,level_1,level_2,level_3,level_4,level_5", "org_vision,2,2.5,0,1,0,0,1,0", "involvement,2,3.0,0,0,1,0,1,0"], Lines(sector.Output)[..3]);
        Assert.Equal(["self_evaluated_level,organisations,confirmed,not_confirmed,confirmed_higher,not_confirmed_higher", "0,0,0,0,0,0", "1,1,0,0,1,0", "2,0,0,0,0,0", "3,0,0,0,0,0", "4,1,0,1,0,0", "5,0,0,0,0,0"], Lines(cross.Output));
    }

    [Fact]
    public async Task The_web_import_takes_a_coordinators_own_rows_only_and_reports_problems()
    {
        var s = await QualitySetup.CreateAsync(app);
        var other = await app.Data.WorldAsync();
        var year = QualitySetup.FreshYear();
        var own = string.Join('\n', Header, Rows(s.World.Provider.Name, year, "Leefgroep Noord", "OVBJ", d => 3));

        var accepted = await UploadAsync(s.Client, own, "quality");
        var foreign = await UploadAsync(s.Client, string.Join('\n', Header, Rows(other.Provider.Name, year, "Noord", "OVBJ", d => 3)), "quality");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("16 rijen ingelezen: 16 nieuw", await accepted.TextAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        Assert.Contains("line 2: organisation: not your organisation", await foreign.TextAsync());
        // A coordinator's own import is no statement to the administration: it stays a draft to check and submit.
        Assert.Equal(SelfEvaluationStatus.Draft, await app.Data.WithDbAsync(db => db.Set<SelfEvaluation>().Where(e => e.OrganisationId == s.World.Provider.Id).Select(e => e.Status).SingleAsync()));
        var inspector = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Roles.Inspector)).UserName!);
        var findings = await UploadAsync(inspector, $"organisation,year,domain,inspected_on,confirmed,higher_level_indicators\n{s.World.Provider.Name},{year},reception,2031-02-30,yes,false", "inspections");
        Assert.Contains("line 2: inspected_on: a date in the form YYYY-MM-DD", await findings.TextAsync());
        Assert.Contains("line 2: confirmed: must be true or false", await findings.TextAsync());
    }

    private Task<QualityImportOutcome> ImportAsync(Func<QualityImport, Task<QualityImportOutcome>> work) => app.Data.WithDbAsync(async db =>
        await work(new QualityImport(db, TimeProvider.System)));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, string kind)
    {
        var token = (await client.GetPageAsync("/kwaliteit/uitwisseling")).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
        };
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Upload", "bestand.csv");
        return await client.PostAsync("/kwaliteit/uitwisseling", content);
    }

    private static string[] Lines(string output) => output.Replace("\uFEFF", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
