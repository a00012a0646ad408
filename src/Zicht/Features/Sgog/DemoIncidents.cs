using Zicht.Data;

namespace Zicht.Features.Sgog;

/// <summary>The demo incidents of <see cref="DemoSgog"/>: synthetic texts, people by role referring to Cirkant's demo clients.</summary>
internal static class DemoIncidents
{
    public static List<SgogIncident> Build(Guid provider, Guid officer, DateOnly today, List<Guid> minors)
    {
        Guid? Minor(int i) => minors.Count > i ? minors[i] : null;
        SgogIncident New(string reference, int daysAgo, IncidentContext context, string description) => new()
        {
            OrganisationId = provider,
            Reference = reference,
            RecordedById = officer,
            RecordedOn = today.AddDays(-daysAgo),
            OccurredOn = today.AddDays(-daysAgo - 2),
            Context = context,
            Description = description,
        };
        SgogInvolvedPerson Person(InvolvedRole role, Guid? client, string label) =>
            new() { Role = role, CasePersonId = client, Label = client is null ? label : null };
        var year = today.Year;

        var toDecide = New($"{year}-005", 3, IncidentContext.WithinCare, "Een begeleider zag hoe twee jongeren elkaar in de leefgroep aanraakten op een manier die hem ongerust maakte. Het is nog onduidelijk of het wederzijds was.");
        toDecide.People.AddRange([Person(InvolvedRole.MinorVictim, Minor(0), "jongere A"), Person(InvolvedRole.MinorPerpetrator, Minor(1), "jongere B")]);

        var exploratory = New($"{year}-001", 200, IncidentContext.WithinCare, "Twee leeftijdsgenoten van 13 werden kussend aangetroffen op een kamer. Beiden zeggen dat ze verliefd zijn.");
        exploratory.People.AddRange([Person(InvolvedRole.MinorVictim, Minor(2), "jongere C"), Person(InvolvedRole.Other, null, "leeftijdsgenoot, geen cliënt")]);
        (exploratory.Decision, exploratory.NotReportableGround, exploratory.DecisionReason, exploratory.DecidedOn, exploratory.DecidedById) =
            (ReportableDecision.NotReportable, NotReportableGround.ExploratoryDevelopment, "Gelijkwaardig, vrijwillig en passend bij de leeftijd (Vlaggensysteem: groen).", today.AddDays(-195), officer);
        (exploratory.ChildView, exploratory.ChildViewRecorded) = ("Ze vond het niet erg, wel gênant dat iemand binnenkwam.", true);
        (exploratory.Evaluation, exploratory.EvaluatedOn) = ("Seksuele vorming in de leefgroep ingepland; geen verdere actie.", today.AddDays(-150));

        var closed = New($"{year}-002", 160, IncidentContext.WithinCare, Reportable);
        closed.People.AddRange([Person(InvolvedRole.MinorVictim, Minor(3), "jongere D"), Person(InvolvedRole.Staff, null, "nachtbegeleider")]);
        Fill(closed, "Meermaals, 's nachts, alleen op de kamer; het meisje toont angst en slaapproblemen.");
        (closed.Decision, closed.DecisionReason, closed.DecidedOn, closed.DecidedById) = (ReportableDecision.Reportable, "Ernstige aantasting van de integriteit van een minderjarige door een medewerker.", today.AddDays(-158), officer);
        (closed.Evaluation, closed.EvaluatedOn) = ("Nachtdienst herschikt; procedure aangevuld met een tweede aanwezige bij nachtelijke gesprekken.", today.AddDays(-60));

        var awaiting = New($"{year}-003", 40, IncidentContext.OutsideCare, "Een jongere vertelt dat een volwassen kennis van het gezin haar tijdens het weekend thuis seksueel getinte berichten stuurde en aanraakte.");
        awaiting.People.AddRange([Person(InvolvedRole.MinorVictim, Minor(4), "jongere E"), Person(InvolvedRole.Other, null, "volwassen kennis van het gezin")]);
        Fill(awaiting, "Berichten over meerdere weekends; aanraking bij een bezoek; de jongere wil niet meer naar huis in het weekend.");
        (awaiting.Decision, awaiting.DecisionReason, awaiting.DecidedOn, awaiting.DecidedById) = (ReportableDecision.Reportable, "Ernstig en ten aanzien van een minderjarige; buiten de hulpverleningscontext, maar tijdens de begeleiding.", today.AddDays(-38), officer);

        var incomplete = New($"{year}-004", 12, IncidentContext.WithinCare, "Een jongere toonde een jongere van 11 pornografische beelden op zijn telefoon en vroeg hem hetzelfde te doen.");
        incomplete.People.AddRange([Person(InvolvedRole.MinorVictim, Minor(5), "jongere F"), Person(InvolvedRole.MinorPerpetrator, Minor(1), "jongere B")]);
        (incomplete.ActionsTaken, incomplete.ActionsPlanned) = ("Gesprek met beide jongeren; telefoon tijdelijk afgenomen.", "Overleg met de consulent en de ouders deze week.");
        (incomplete.Decision, incomplete.DecisionReason, incomplete.DecidedOn, incomplete.DecidedById) = (ReportableDecision.Reportable, "Leeftijdsverschil en druk: niet explorerend.", today.AddDays(-10), officer);

        var inError = New($"{year - 1}-001", 400, IncidentContext.WithinCare, "Per vergissing in het verkeerde register ingevuld.");
        inError.People.Add(Person(InvolvedRole.Other, null, "niet van toepassing"));

        return [toDecide, exploratory, closed, awaiting, incomplete, inError];
    }

    /// <summary>The sent reports: one closed with a summary note, one waiting for the administration.</summary>
    public static void AddReports(ZichtDb db, List<SgogIncident> incidents, Guid officer, Guid? administration, DateOnly today)
    {
        var (closed, awaiting) = (incidents[2], incidents[3]);
        var first = Report(closed, officer, today.AddDays(-150));
        (first.ReadOn, first.ReadById, first.AdministrationReference, first.InspectorateInvolved) = (today.AddDays(-146), administration, "ADM-SGOG-0412", false);
        (first.SummaryNote, first.NoteReturnedOn, first.NoteById) = ("De administratie ontving de melding, die duidelijk en concreet is. De eerste stappen (medewerker op non-actief, gesprek met het kind en de ouders, melding bij de procureur) zijn gezet en in overeenstemming met de eigen procedure. Zorginspectie wordt niet betrokken. Graag de evaluatie na de herschikking van de nachtdienst.", today.AddDays(-120), administration);
        db.AddRange(first, Report(awaiting, officer, today.AddDays(-35)));
    }

    private static SgogReport Report(SgogIncident incident, Guid officer, DateOnly sentOn)
    {
        var report = new SgogReport { IncidentId = incident.Id, OrganisationId = incident.OrganisationId, SentOn = sentOn, SentById = officer };
        var texts = ReportContent.Generate(incident, e => $"{(e.Kind == EscalationKind.Prosecutor ? "Procureur des Konings" : e.Kind.ToString())}, {e.On:dd/MM/yyyy}{(e.Note is null ? "" : ": " + e.Note)}");
        report.Sections.AddRange(ReportContent.Sections(texts));
        return report;
    }

    private const string Reportable = "Een jongere vertelde haar vertrouwensfiguur dat een nachtbegeleider haar meermaals 's nachts op haar kamer kwam opzoeken en haar aanraakte. Ze is bang en wil niet meer in de leefgroep slapen.";

    private static void Fill(SgogIncident i, string severity)
    {
        i.SeverityEvidence = severity;
        i.Sources = "Gesprek met de jongere en de vertrouwensfiguur; verslag van de begeleider.";
        i.Mapping = "Drie kolommen met het team en de consulent: gevaarsboodschap opgesteld, krachten in kaart gebracht.";
        i.Professionals = "Consulent OCJ, vertrouwensarts, directie. Afspraak: wekelijks overleg tot de veiligheid stabiel is.";
        (i.ActionsTaken, i.ActionsPlanned) = ("Gesprek met de jongere en de ouders; de betrokken persoon heeft geen contact meer met de jongere.", "Evaluatie met de jongere en de ouders over een maand.");
        (i.SafetyInstalled, i.SafetyToInstall) = ("Geen contact meer met de betrokken persoon; een vaste vertrouwensfiguur.", "Afspraken in het veiligheidsplan met het netwerk.");
        (i.ParentsView, i.ChildView, i.ChildViewRecorded) = ("De ouders zijn geschrokken en steunen de aanpak.", "Ze wil dat het stopt en dat ze zich weer veilig voelt.", true);
        i.Escalations.Add(new SgogEscalation { Kind = EscalationKind.Prosecutor, On = i.RecordedOn.AddDays(1), Note = "Melding bij het parket" });
        i.Aftercare = "Begeleiding door de vertrouwensfiguur; aanbod van traumagerichte hulp.";
    }
}
