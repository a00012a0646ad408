using Zicht.Features.Sgog;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Sgog;

/// <summary>The register's rules as plain C#: who opens it, what is reportable, what a report needs, where an incident stands, the gaps.</summary>
public class SgogRulesTests
{
    private static readonly Guid Me = Guid.NewGuid();
    private static readonly Guid Provider = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Theory]
    [InlineData(true, OrganisationKind.Provider, true, null, true)]
    [InlineData(false, OrganisationKind.Provider, true, null, false)]   // named, but without the role
    [InlineData(true, OrganisationKind.Provider, false, null, false)]  // the role, but not named
    [InlineData(true, OrganisationKind.Division, true, null, false)]   // division staff never open a provider's register
    [InlineData(true, OrganisationKind.Provider, true, "2026-02-01", false)] // naming ended
    public void Only_the_role_and_a_current_naming_at_ones_own_provider_open_the_register(bool role, OrganisationKind kind, bool named, string? ended, bool opens)
    {
        var namings = named ? new[] { new SgogOfficer { StaffId = Me, OrganisationId = Provider, EndedOn = ended is null ? null : DateOnly.Parse(ended, System.Globalization.CultureInfo.InvariantCulture) } } : [];
        Assert.Equal(opens, SgogAccess.IsNamedOfficer(role, Provider, kind, namings, Me));
        Assert.False(SgogAccess.IsNamedOfficer(role, Guid.NewGuid(), kind, namings, Me)); // named at another provider than one's own
    }

    [Theory]
    [InlineData(new[] { InvolvedRole.MinorVictim }, true)]
    [InlineData(new[] { InvolvedRole.MinorPerpetrator, InvolvedRole.Staff }, true)]
    [InlineData(new[] { InvolvedRole.AdultFosterPerson, InvolvedRole.Other }, true)]
    [InlineData(new[] { InvolvedRole.Staff, InvolvedRole.Other }, false)]
    public void Reportable_needs_a_minor_on_either_side_or_an_adult_foster_person(InvolvedRole[] roles, bool may) =>
        Assert.Equal(may, IncidentRules.MayBeReportable(roles));

    [Fact]
    public void Dates_in_the_future_before_birth_or_out_of_order_are_refused()
    {
        var child = new ClientFacts(Guid.NewGuid(), true, new DateOnly(2016, 5, 4), "Lotte");
        var parent = new ClientFacts(Guid.NewGuid(), false, new DateOnly(1980, 1, 1), "Ouder");
        var clients = new Dictionary<Guid, ClientFacts> { [child.Id] = child, [parent.Id] = parent };
        IncidentInput Input(DateOnly occurred, DateOnly recorded) => new()
        {
            OccurredOn = occurred,
            RecordedOn = recorded,
            Context = IncidentContext.WithinCare,
            Description = "x",
            People = [new PersonRow { Role = InvolvedRole.MinorVictim, ClientId = child.Id }],
            Escalations = [new EscalationRow { Kind = EscalationKind.Vk, On = occurred.AddDays(-1) }],
        };
        string[] Texts(IncidentInput input) => [.. IncidentRules.Check(input, Today, clients, new HashSet<Guid>()).Select(p => p.Text)];

        Assert.Contains("The day it happened cannot be in the future.", Texts(Input(Today.AddDays(1), Today)));
        Assert.Contains("The day it was recorded cannot be in the future.", Texts(Input(Today, Today.AddDays(1))));
        Assert.Contains("It cannot have been recorded before it happened.", Texts(Input(Today, Today.AddDays(-1))));
        Assert.Contains("It cannot have happened before {0} was born ({1:d}).", Texts(Input(new DateOnly(2016, 5, 3), Today)));
        Assert.Contains("An escalation cannot be dated before the incident happened.", Texts(Input(Today.AddDays(-5), Today)));
        var parentAsMinor = Input(Today.AddDays(-5), Today);
        parentAsMinor.People[0].ClientId = parent.Id;
        Assert.Contains("A minor's role needs a client who is a minor in their case.", Texts(parentAsMinor));
    }

    [Fact]
    public void Status_is_derived_from_the_decision_and_the_report_steps()
    {
        var i = new SgogIncident { Reference = "x" };
        Assert.Equal(IncidentStatus.AwaitingDecision, IncidentRules.StatusOf(i, null));
        i.Decision = ReportableDecision.NotReportable;
        Assert.Equal(IncidentStatus.NotReportable, IncidentRules.StatusOf(i, null));
        i.Decision = ReportableDecision.Reportable;
        Assert.Equal(IncidentStatus.ToReport, IncidentRules.StatusOf(i, null));
        var r = new SgogReport();
        Assert.Equal(IncidentStatus.Sent, IncidentRules.StatusOf(i, r));
        r.ReadOn = Today;
        Assert.Equal(IncidentStatus.Read, IncidentRules.StatusOf(i, r));
        r.NoteReturnedOn = Today;
        Assert.Equal(IncidentStatus.NoteReturned, IncidentRules.StatusOf(i, r));
        i.ErasedOn = Today;
        Assert.Equal(IncidentStatus.Erased, IncidentRules.StatusOf(i, r));
    }

    [Fact]
    public void An_incident_is_closed_once_evaluated_and_when_reported_once_the_note_is_in()
    {
        var evaluated = new DateOnly(2026, 4, 1);
        var notReportable = new SgogIncident { Reference = "x", Decision = ReportableDecision.NotReportable, EvaluatedOn = evaluated };
        var reportable = new SgogIncident { Reference = "y", Decision = ReportableDecision.Reportable, EvaluatedOn = evaluated };
        Assert.Equal(evaluated, IncidentRules.ClosedOn(notReportable, null));
        Assert.Null(IncidentRules.ClosedOn(reportable, new SgogReport { ReadOn = evaluated }));
        Assert.Equal(new DateOnly(2026, 5, 1), IncidentRules.ClosedOn(reportable, new SgogReport { NoteReturnedOn = new DateOnly(2026, 5, 1) }));
        Assert.Null(IncidentRules.ClosedOn(new SgogIncident { Reference = "z", Decision = ReportableDecision.NotReportable }, null));
        Assert.True(SgogErasure.IsDue(notReportable, null, evaluated.AddYears(5), 5));
        Assert.False(SgogErasure.IsDue(notReportable, null, evaluated.AddYears(5).AddDays(-1), 5));
    }

    [Fact]
    public void A_report_needs_the_situation_both_kinds_of_actions_some_safety_and_some_view()
    {
        var full = ReportContent.Parts.ToDictionary(p => p.Code, p => (string?)"tekst");
        Assert.Empty(ReportContent.Missing(full));
        var noViews = new Dictionary<string, string?>(full) { ["view-parents"] = null, ["view-child"] = " ", ["view-foster-parents"] = null };
        Assert.Equal(["the view of the parents, the child or the foster parents"], ReportContent.Missing(noViews).Select(m => m.Name));
        var onlyChild = new Dictionary<string, string?>(noViews) { ["view-child"] = "Ze wil dat het stopt", ["safety-installed"] = null };
        Assert.Empty(ReportContent.Missing(onlyChild));
        Assert.Equal(["the situation", "the actions already taken", "the actions planned", "the safety installed or still to install", "the view of the parents, the child or the foster parents"],
            ReportContent.Missing(new Dictionary<string, string?>()).Select(m => m.Name));
        // Every part belongs to one of the three items of the administration's list, in its order.
        Assert.Equal([1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], ReportContent.Parts.Select(p => p.Item));
    }

    [Fact]
    public void The_gaps_are_what_an_inspection_would_find()
    {
        var adopted = new DateOnly(2026, 1, 10);
        var framework = new SgogDocument { Kind = SgogDocumentKind.Framework, Number = 2, Title = "K", AdoptedOn = adopted };
        var procedure = new SgogDocument { Kind = SgogDocumentKind.Procedure, Number = 1, Title = "P", AdoptedOn = adopted, CoversPrevention = true, CoversDetection = true, CoversResponse = true };

        Assert.Equal(["There is no written reference framework.", "There is no procedure for prevention, detection and response."],
            SgogGaps.Of(new FrameworkState(null, null, null, null, null, 0)).Select(g => g.Text));
        var gaps = SgogGaps.Of(new FrameworkState(framework, procedure, adopted.AddDays(-1), adopted, adopted.AddDays(3), 2)).Select(g => g.Text).ToList();
        Assert.Equal([
            "The procedure in force (version {0}) has no registration system.",
            "Staff have not been informed of the framework in force (version {0}, adopted on {1:d}).",
            "{0} incident(s) decided reportable are not reported to the administration.",
        ], gaps);
        procedure.CoversRegistration = true;
        Assert.Empty(SgogGaps.Of(new FrameworkState(framework, procedure, adopted, adopted, adopted, 0)));
    }

    [Fact]
    public void The_version_in_force_is_the_latest_adopted()
    {
        var older = new SgogDocument { Kind = SgogDocumentKind.Procedure, Number = 3, Title = "a", AdoptedOn = new DateOnly(2025, 1, 1) };
        var newer = new SgogDocument { Kind = SgogDocumentKind.Procedure, Number = 2, Title = "b", AdoptedOn = new DateOnly(2026, 1, 1) };
        Assert.Same(newer, SgogGaps.InForce([older, newer], SgogDocumentKind.Procedure));
        Assert.Null(SgogGaps.InForce([older, newer], SgogDocumentKind.Framework));
    }
}
