using System.ComponentModel.DataAnnotations;

namespace Zicht.Features.Network;

public sealed class MemberInput
{
    public Guid PersonId { get; set; }
    public int Version { get; set; }
    public DateOnly? InformedOn { get; set; }

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? Commitments { get; set; }
    public bool ChairsNetwork { get; set; }
    public bool IsCrisisContact { get; set; }
}

/// <summary>A network member added on the network page, informed (or not yet) in the same step.</summary>
public sealed class NewMemberInput
{
    [Required(ErrorMessage = "Give the name.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    public string? FullName { get; set; }

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    public string? Relationship { get; set; }
    public Zicht.Kernel.NetworkKind NetworkKind { get; set; } = Zicht.Kernel.NetworkKind.Family;

    [StringLength(40, ErrorMessage = "At most {1} characters.")]
    public string? Phone { get; set; }
    public DateOnly? InformedOn { get; set; }
    public bool IsCrisisContact { get; set; }
}

public sealed class MeetingInput
{
    [Required(ErrorMessage = "Give the date of the meeting.")]
    public DateOnly? HeldOn { get; set; }

    /// <summary>Others who attended, typed; the case's people are ticked in <see cref="Picked"/>.</summary>
    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? Attendees { get; set; }

    /// <summary>Names of the case's people ticked as present.</summary>
    public List<string> Picked { get; set; } = [];

    /// <summary>Who attended, as stored: the ticked people first, then the others typed.</summary>
    public string AllAttendees() =>
        string.Join(", ", Picked.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct()
            .Concat(string.IsNullOrWhiteSpace(Attendees) ? [] : [Attendees.Trim()]));

    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? Scaling { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? Agreements { get; set; }
    public DateOnly? NextMeetingOn { get; set; }

    /// <summary>True when the form is the full template (its parts are written back); the quick form leaves them as they are.</summary>
    public bool FullTemplate { get; set; }

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? Agenda { get; set; }
    public bool? ChildSpokenBefore { get; set; }
    public bool? ChildPresent { get; set; }

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? ChildVoice { get; set; }

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? ScalingMeaning { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? GoingWell { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? Worries { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? PlanWork { get; set; }

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    public string? NextChair { get; set; }

    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? ScalingEnd { get; set; }

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? Feedback { get; set; }
    public int? MappingVersionNumber { get; set; }
    public int? PlanVersionNumber { get; set; }

    public static MeetingInput From(NetworkMeeting m, IEnumerable<string> people)
    {
        // The stored attendees are "ticked, ticked, others": the case's people come back ticked, the rest as typed.
        var names = people.ToHashSet();
        var parts = m.Attendees.Split(", ").ToList();
        var picked = parts.TakeWhile(names.Contains).ToList();
        return new MeetingInput
        {
            HeldOn = m.HeldOn,
            NextMeetingOn = m.NextMeetingOn,
            Picked = picked,
            Attendees = parts.Count == picked.Count ? null : string.Join(", ", parts.Skip(picked.Count)),
            Scaling = m.Scaling,
            Agreements = m.Agreements,
            FullTemplate = true,
            Agenda = m.Agenda,
            ChildSpokenBefore = m.ChildSpokenBefore,
            ChildPresent = m.ChildPresent,
            ChildVoice = m.ChildVoice,
            ScalingMeaning = m.ScalingMeaning,
            GoingWell = m.GoingWell,
            Worries = m.Worries,
            PlanWork = m.PlanWork,
            NextChair = m.NextChair,
            ScalingEnd = m.ScalingEnd,
            Feedback = m.Feedback,
            MappingVersionNumber = m.MappingVersionNumber,
            PlanVersionNumber = m.PlanVersionNumber,
        };
    }

    /// <summary>Writes the form onto the meeting; the template's parts only when the form showed them.</summary>
    public void WriteTo(NetworkMeeting m)
    {
        (m.HeldOn, m.NextMeetingOn, m.Attendees, m.Scaling, m.Agreements) = (HeldOn!.Value, NextMeetingOn, AllAttendees(), Clean(Scaling), Clean(Agreements));
        if (!FullTemplate)
        {
            return;
        }
        (m.Agenda, m.ChildSpokenBefore, m.ChildPresent, m.ChildVoice) = (Clean(Agenda), ChildSpokenBefore, ChildPresent, Clean(ChildVoice));
        (m.ScalingMeaning, m.GoingWell, m.Worries, m.PlanWork) = (Clean(ScalingMeaning), Clean(GoingWell), Clean(Worries), Clean(PlanWork));
        (m.NextChair, m.ScalingEnd, m.Feedback) = (Clean(NextChair), Clean(ScalingEnd), Clean(Feedback));
        (m.MappingVersionNumber, m.PlanVersionNumber) = (MappingVersionNumber, PlanVersionNumber);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
