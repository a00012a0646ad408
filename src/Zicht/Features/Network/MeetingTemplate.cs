using Microsoft.Extensions.Localization;

namespace Zicht.Features.Network;

/// <summary>
/// The standard network-meeting template (wish 8; seed 001:6422–6423, practice-system.md §3.7): the fixed parts of a
/// meeting in their order, each with the question that opens it. The form, the minutes and the default agenda all
/// iterate this list. Titles and questions are English keys with Dutch in texts.nl.json.
/// </summary>
public static class MeetingTemplate
{
    public enum Part { Agenda, Attendees, ChildVoice, ScalingStart, GoingWell, Worries, SafetyPlan, Agreements, NextMeeting, ScalingEnd, Feedback }

    public sealed record Section(Part Part, string Title, string Question);

    public static readonly IReadOnlyList<Section> Sections =
    [
        new(Part.Agenda, "Agenda for today", "What happens here today? Write it up for everyone to see."),
        new(Part.Attendees, "Who is here", "A round of introductions: who are you, and how are you related to the child?"),
        new(Part.ChildVoice, "The child's voice", "Did you speak to the child before the meeting? What does the child want us to know?"),
        new(Part.ScalingStart, "Scaling at the start", "On a scale of 0 to 10, how safe is the child now? What is in those scores?"),
        new(Part.GoingWell, "What is going well", "What strengths and existing safety do the people here see?"),
        new(Part.Worries, "What we are worried about", "Which worries and danger statements are we here for? What is still unclear?"),
        new(Part.SafetyPlan, "Working on the safety plan", "Who does what, and when, so that the safety goals are met? The network fills in the how."),
        new(Part.Agreements, "Agreements", "What did we agree today, and who does it?"),
        new(Part.NextMeeting, "Next meeting and chair", "When do we meet again, and who of the network chairs it?"),
        new(Part.ScalingEnd, "Scaling at the end", "For example: what chance of success do you give this plan?"),
        new(Part.Feedback, "Feedback from those present", "How was this meeting for you? What should be different next time?"),
    ];

    /// <summary>The agenda a new meeting starts with: the template's parts, numbered, in the reader's language.</summary>
    public static string DefaultAgenda(IStringLocalizer t) =>
        string.Join("\n", Sections.Where(s => s.Part != Part.Agenda).Select((s, i) => $"{i + 1}. {t[s.Title]}"));
}
