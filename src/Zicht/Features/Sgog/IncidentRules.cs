using System.Linq.Expressions;

namespace Zicht.Features.Sgog;

/// <summary>What the register knows about a client of the provider: enough to check a role and a date.</summary>
public sealed record ClientFacts(Guid Id, bool IsMinor, DateOnly? BirthDate, string Name);

/// <summary>A refusal: the form field it belongs to, a text key and its arguments.</summary>
public sealed record Problem(string Field, string Text, params object[] Args);

/// <summary>Derived, never stored: where an incident stands.</summary>
public enum IncidentStatus { AwaitingDecision, NotReportable, ToReport, Sent, Read, NoteReturned, Erased }

/// <summary>The register's rules as plain C# (unit-tested): dates, people, the reportable decision, status and closing.</summary>
public static class IncidentRules
{
    private static readonly InvolvedRole[] MinorRoles = [InvolvedRole.MinorVictim, InvolvedRole.MinorPerpetrator];

    /// <summary>
    /// What must be reported (004:770–782): behaviour towards a minor or by a minor, and in foster care an
    /// adult foster person as victim or perpetrator. Without one of them involved it is not reportable.
    /// </summary>
    public static bool MayBeReportable(IEnumerable<InvolvedRole> roles) =>
        roles.Any(r => r is InvolvedRole.MinorVictim or InvolvedRole.MinorPerpetrator or InvolvedRole.AdultFosterPerson);

    public static List<Problem> Check(IncidentInput input, DateOnly today, IReadOnlyDictionary<Guid, ClientFacts> clients, IReadOnlySet<Guid> staff)
    {
        var problems = new List<Problem>();
        var occurred = input.OccurredOn;
        if (occurred > today)
        {
            problems.Add(new("Input.OccurredOn", "The day it happened cannot be in the future."));
        }
        if (input.RecordedOn > today)
        {
            problems.Add(new("Input.RecordedOn", "The day it was recorded cannot be in the future."));
        }
        if (occurred > input.RecordedOn)
        {
            problems.Add(new("Input.RecordedOn", "It cannot have been recorded before it happened."));
        }
        CheckEvaluation(input, today, problems);
        CheckPeople(input, clients, staff, problems);
        for (var n = 0; n < input.Escalations.Count; n++)
        {
            var e = input.Escalations[n];
            if (e.IsEmpty)
            {
                continue;
            }
            var field = $"Input.Escalations[{n}]";
            if (e.Kind is null || e.On is null)
            {
                problems.Add(new(field, "Give each escalation its level and its date."));
            }
            else if (e.On > today)
            {
                problems.Add(new(field, "An escalation cannot be dated in the future."));
            }
            else if (e.On < occurred)
            {
                problems.Add(new(field, "An escalation cannot be dated before the incident happened."));
            }
        }
        return problems;
    }

    private static void CheckEvaluation(IncidentInput input, DateOnly today, List<Problem> problems)
    {
        if (input.EvaluatedOn is { } evaluated)
        {
            if (evaluated > today)
            {
                problems.Add(new("Input.EvaluatedOn", "The evaluation cannot be dated in the future."));
            }
            else if (evaluated < input.OccurredOn)
            {
                problems.Add(new("Input.EvaluatedOn", "The evaluation cannot be dated before the incident happened."));
            }
        }
        if ((input.EvaluatedOn is null) != string.IsNullOrWhiteSpace(input.Evaluation))
        {
            problems.Add(new("Input.Evaluation", "Give the evaluation and the day it was made together."));
        }
    }

    private static void CheckPeople(IncidentInput input, IReadOnlyDictionary<Guid, ClientFacts> clients, IReadOnlySet<Guid> staff, List<Problem> problems)
    {
        if (input.People.All(p => p.IsEmpty))
        {
            problems.Add(new("Input.People", "Add at least one person involved, by role."));
        }
        for (var n = 0; n < input.People.Count; n++)
        {
            var p = input.People[n];
            var field = $"Input.People[{n}]";
            if (p.IsEmpty)
            {
                continue;
            }
            if (p.Role is null)
            {
                problems.Add(new(field, "Choose the role of this person."));
                continue;
            }
            if (p.ClientId is not null && p.StaffId is not null)
            {
                problems.Add(new(field, "Choose a client or a staff member, not both."));
                continue;
            }
            if (p.ClientId is null && p.StaffId is null && string.IsNullOrWhiteSpace(p.Label))
            {
                problems.Add(new(field, "Choose a client or a staff member, or describe the person without a name."));
                continue;
            }
            if (p.StaffId is { } s && (!staff.Contains(s) || MinorRoles.Contains(p.Role.Value)))
            {
                problems.Add(new(field, "Choose a staff member of your organisation, for the role staff or other."));
            }
            if (p.ClientId is not { } c)
            {
                continue;
            }
            if (!clients.TryGetValue(c, out var client) || p.Role == InvolvedRole.Staff)
            {
                problems.Add(new(field, "Choose one of your organisation's clients."));
            }
            else if (MinorRoles.Contains(p.Role.Value) && !client.IsMinor)
            {
                problems.Add(new(field, "A minor's role needs a client who is a minor in their case."));
            }
            else if (client.BirthDate is { } born && input.OccurredOn < born)
            {
                problems.Add(new("Input.OccurredOn", "It cannot have happened before {0} was born ({1:d}).", client.Name, born));
            }
        }
    }

    /// <summary>
    /// An incident reduced to what lists, status and retention need, for queries that must never load the texts:
    /// number, days, decision, evaluation, erasure and the report's steps.
    /// </summary>
    public static readonly Expression<Func<SgogIncident, SgogIncident>> Facts = i => new SgogIncident
    {
        Id = i.Id,
        OrganisationId = i.OrganisationId,
        Reference = i.Reference,
        RecordedOn = i.RecordedOn,
        OccurredOn = i.OccurredOn,
        Decision = i.Decision,
        EvaluatedOn = i.EvaluatedOn,
        ChildViewRecorded = i.ChildViewRecorded,
        ErasedOn = i.ErasedOn,
        Report = i.Report == null ? null : new SgogReport { SentOn = i.Report.SentOn, ReadOn = i.Report.ReadOn, NoteReturnedOn = i.Report.NoteReturnedOn },
    };

    public static IncidentStatus StatusOf(SgogIncident i, SgogReport? report) => i switch
    {
        { ErasedOn: not null } => IncidentStatus.Erased,
        { Decision: null } => IncidentStatus.AwaitingDecision,
        { Decision: ReportableDecision.NotReportable } => IncidentStatus.NotReportable,
        _ when report is null => IncidentStatus.ToReport,
        _ when report.NoteReturnedOn is not null => IncidentStatus.NoteReturned,
        _ when report.ReadOn is not null => IncidentStatus.Read,
        _ => IncidentStatus.Sent,
    };

    /// <summary>
    /// The day an incident is done with, from which the retention period runs (decision 044): evaluated and,
    /// when reported, the summary note returned. Null while it is still being worked on.
    /// </summary>
    public static DateOnly? ClosedOn(SgogIncident i, SgogReport? report)
    {
        if (i.EvaluatedOn is not { } evaluated || i.Decision is null)
        {
            return null;
        }
        if (i.Decision == ReportableDecision.NotReportable)
        {
            return evaluated;
        }
        return report?.NoteReturnedOn is { } note ? (note > evaluated ? note : evaluated) : null;
    }
}
