namespace Zicht.Features.Evaluations;

/// <summary>
/// The guiding questions (richtvragen) of the six-monthly evaluation report, said once: the three columns of the
/// mapping, the child and the network, the scales, the minimal expectations, and the MaNo focus "why are we involved,
/// and is it still needed?" (seed 001:6552–6557; practice-system.md §3.13 wish 9). The seed names the wish, not the
/// questions: these are our proposal (decision 080). Titles and questions are English keys, Dutch in texts.nl.json.
/// </summary>
public static class EvaluationQuestions
{
    /// <summary>What the records show beside a question.</summary>
    public enum Facts { Involvement, Worries, GoingWell, NeedsToHappen, Child, Network, Scales, Expectations, None }

    public sealed record Question(string Key, string Title, string Hint, Facts Facts, int MaxLength = 4000);

    public static readonly IReadOnlyList<Question> All =
    [
        new("why", "Why are we involved, and is it still needed?", "Is there still social necessity (MaNo)? What must be true for us to close?", Facts.Involvement),
        new("worries", "What are we worried about?", "Which danger statements still hold? What changed since the last evaluation?", Facts.Worries),
        new("going-well", "What is going well?", "Which strengths and existing safety do you, the family and the network see?", Facts.GoingWell),
        new("needs", "What needs to happen?", "Which safety goals and next steps? Who does what?", Facts.NeedsToHappen),
        new("child", "What does the child say?", "How was the child involved? What does the child want, and what did you do with it?", Facts.Child),
        new("network", "How does the network carry safety?", "Who is informed, who commits, how is the safety plan kept?", Facts.Network),
        new("scales", "What do the scales say?", "How did the scores move, and where do people see it differently?", Facts.Scales),
        new("expectations", "The minimal expectations", "Which expectations are not met (yet), and why? What do you plan?", Facts.Expectations),
        new("next", "Decision and the next half-year", "Go on, scale down or close? What is the aim for the next six months?", Facts.None),
    ];
}
