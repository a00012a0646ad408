using System.Text.Json;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.SafetyPlans;
using Zicht.Features.SafetyScales;
using Zicht.Kernel;

namespace Zicht.Features.Demo;

/// <summary>
/// Demo cases get the work a real case would have recorded by now (mapping versions, informed network,
/// a network meeting, safety-plan versions, monitoring), unevenly, so the 13 steps and the dashboards
/// derive from records as they would in practice. Nothing here ticks a step directly.
/// </summary>
public sealed partial class DemoSeeder
{
    private void AddCasework(Case c, Random random, DateOnly today)
    {
        var start = c.ReferralDate;
        DateOnly At(int days) => start.AddDays(days) is var d && d < today ? d : today;
        // Half the cases are further along; the demo team therefore shows a realistic spread.
        var maturity = random.NextDouble();
        if (maturity < 0.1)
        {
            return;
        }
        var statements = new (MappingSection Section, string Text, Speaker By)[]
        {
            (MappingSection.PastHarm, "Bij ruzies tussen de ouders werd Lotte geduwd en was ze bang.", Speaker.Worker),
            (MappingSection.DangerStatement, "We zijn bezorgd dat de kinderen opnieuw gewond raken als de ouders ruzie maken.", Speaker.Team),
            (MappingSection.ExistingStrength, "Mama brengt de kinderen elke dag op tijd naar school.", Speaker.Parent),
            (MappingSection.ExistingSafety, "Oma vangt de kinderen op wanneer het thuis onrustig wordt.", Speaker.NetworkMember),
            (MappingSection.SafetyGoal, "De kinderen zijn veilig en weten wie ze kunnen bellen als het thuis misloopt.", Speaker.Worker),
            (MappingSection.NextStep, "Netwerkberaad plannen met oma en de buurvrouw.", Speaker.Worker),
        };
        var mapping = statements.Take(maturity < 0.3 ? 2 : statements.Length)
            .Select(s => new MappingStatement { CaseId = c.Id, Section = s.Section, Text = s.Text, SaidBy = s.By, AddedAt = At(7).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) })
            .ToList();
        db.AddRange(mapping);
        var snapshot = mapping.Select(m => new StatementSnapshot(m.Id, m.Section, m.Text, m.SaidBy, null)).ToList();
        var internalVersion = new MappingVersion { CaseId = c.Id, Number = 1, HeldOn = At(10), Occasion = MappingOccasion.Internal, SavedByName = "demo" };
        internalVersion.Freeze(snapshot, [Speaker.Team]);
        db.Add(internalVersion);
        if (maturity < 0.3)
        {
            return;
        }
        var conversation = new MappingVersion { CaseId = c.Id, Number = 2, HeldOn = At(30), Occasion = MappingOccasion.Conversation, SavedByName = "demo" };
        conversation.Freeze(snapshot, [Speaker.Parent, Speaker.NetworkMember]);
        db.Add(conversation);
        foreach (var member in c.People.Where(p => p.Role == PersonRole.NetworkMember).Take(maturity < 0.5 ? 1 : 3))
        {
            member.InformedOn = At(40 + random.Next(20));
        }
        if (maturity < 0.5)
        {
            return;
        }
        db.Add(new NetworkMeeting
        {
            CaseId = c.Id,
            HeldOn = At(60),
            Attendees = "moeder, oma, buurvrouw, consulent",
            Scaling = "moeder 6, oma 5, consulent 4",
            Agreements = "Oma haalt de kinderen op woensdag op.",
            // Recorded along the template (wish 8): the agenda, the child's voice, what the scores mean, the how of the plan.
            Agenda = "1. Wie is er\n2. De stem van het kind\n3. Schaalvraag\n4. Wat gaat goed, waar maken we ons zorgen over\n5. Het veiligheidsplan\n6. Afspraken en volgend beraad",
            ChildSpokenBefore = true,
            ChildPresent = false,
            ChildVoice = "Lotte wil dat oma erbij is als het thuis onrustig wordt.",
            ScalingMeaning = "Oma ziet de avonden nog als moeilijk; mama ziet vooruitgang sinds de kinderen naar oma kunnen.",
            Worries = "De avonden, als papa en mama moe zijn na het werk.",
            PlanWork = "Oma is elke avond na 20 uur bereikbaar; de buurvrouw vangt op als oma niet kan.",
            NextMeetingOn = At(150) > At(60) ? At(150) : null,
            NextChair = "oma",
            MappingVersionNumber = 2,
            Feedback = "Oma: fijn dat iedereen aan het woord kwam.",
        });
        var plan = new SafetyPlan { CaseId = c.Id };
        var rule = new SafetyPlanRule { CaseId = c.Id, SafetyPlanId = plan.Id, Kind = RuleKind.WhoDoesWhat, Who = "Oma", What = "Komt langs als papa en mama ruzie maken", When = "Elke avond na 20 uur bereikbaar" };
        plan.Rules.Add(rule);
        db.Add(plan);
        var rules = JsonSerializer.Serialize(new List<RuleSnapshot> { new(rule.Id, rule.Kind, rule.Who, rule.What, rule.When) });
        db.Add(new SafetyPlanVersion { CaseId = c.Id, Number = 1, Stage = PlanStage.Initial, Audience = PlanAudience.Adult, AgreedOn = At(80), RulesJson = rules, SavedByName = "demo" });
        AddScores(c, At, random);
        if (maturity < 0.7)
        {
            return;
        }
        db.Add(new MonitoringEntry { CaseId = c.Id, RuleId = rule.Id, On = At(110), Kept = random.NextDouble() < 0.8, Note = "Besproken met moeder." });
        if (maturity > 0.85)
        {
            db.Add(new SafetyPlanVersion { CaseId = c.Id, Number = 2, Stage = PlanStage.Final, Audience = PlanAudience.Child, AgreedOn = At(200), ChildWording = "Als ik bang ben, bel ik oma.", RulesJson = rules, SavedByName = "demo" });
        }
        db.Add(new NetworkMeeting
        {
            CaseId = c.Id,
            HeldOn = At(150),
            Attendees = "moeder, vader, oma, buurvrouw, consulent",
            Scaling = "moeder 7, vader 8, oma 6, consulent 6",
            ScalingMeaning = "Iedereen ziet de avonden rustiger; papa scoort het hoogst, daar praten we over.",
            GoingWell = "Oma kwam elke keer als mama belde.",
            PlanWork = "Papa belt oma zelf als hij boos wordt.",
            Agreements = "Over drie maanden samen bekijken of het plan zonder ons loopt.",
            NextChair = "oma",
            MappingVersionNumber = 2,
            PlanVersionNumber = 1,
            ScalingEnd = "kans op slagen: moeder 7, oma 7",
        });
    }

    /// <summary>Safety scores from several people over time (domain.md §3): the differences start the conversation.</summary>
    private void AddScores(Case c, Func<int, DateOnly> at, Random random)
    {
        var round = new (int Day, ScorerRole Role, string Name, int Score)[]
        {
            (30, ScorerRole.Worker, "consulent", 3), (30, ScorerRole.Parent, "moeder", 6), (30, ScorerRole.NetworkMember, "oma", 4),
            (90, ScorerRole.Worker, "consulent", 5), (90, ScorerRole.TeamLead, "teamverantwoordelijke", 4), (90, ScorerRole.Parent, "moeder", 7),
            (90, ScorerRole.Child, "Lotte", 6), (90, ScorerRole.NetworkMember, "oma", 6),
        };
        foreach (var (day, role, name, score) in round)
        {
            db.Add(new SafetyScore
            {
                CaseId = c.Id,
                ScoredOn = at(day),
                ScorerRole = role,
                ScorerName = name,
                Score = Math.Clamp(score + random.Next(-1, 2), SafetyScore.Min, SafetyScore.Max),
                SharedWithParents = role == ScorerRole.Child && random.NextDouble() < 0.5,
            });
        }
    }
}
