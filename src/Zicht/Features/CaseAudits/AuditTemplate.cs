using System.Globalization;
using System.Text.Json.Serialization;

namespace Zicht.Features.CaseAudits;

/// <summary>A text of a template in both UI languages; Dutch is the reference wording (seed 001).</summary>
public sealed record AuditText(string Nl, string En)
{
    public string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? En : Nl;
}

/// <summary>The records of a case the audit form lists beside a principle (spec §1.5).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceSource>))]
public enum EvidenceSource { MappingVersion, NetworkMember, NetworkMeeting, SafetyPlanVersion, ChildVoiceRecord, WordsAndPictures }

/// <summary>What a point of the scale means, e.g. 0 = "nothing of this can be found in the file".</summary>
public sealed record ScaleAnchor(int Value, AuditText Text);

/// <summary>A scaling question ("How do you scale yourself on …?"); its code is the export's <c>question</c>.</summary>
public sealed record ScaleQuestion(string Code, AuditText Text, IReadOnlyList<ScaleAnchor> Anchors, string? Source = null);

/// <summary>A reflection or evidence prompt: read, talked about, never scored.</summary>
public sealed record AuditPrompt(string Code, AuditText Text, string? Source = null);

/// <summary>
/// One of the four principles (P1–P4): its scaling question(s), the reflection prompts of the caseworker
/// interview guide, the evidence prompts, and which records and practice steps are listed beside it.
/// </summary>
public sealed record AuditPrinciple(
    string Code, AuditText Title, IReadOnlyList<ScaleQuestion> ScaleQuestions,
    IReadOnlyList<AuditPrompt> ReflectionPrompts, IReadOnlyList<AuditPrompt> EvidencePrompts,
    IReadOnlyList<EvidenceSource> EvidenceSources, IReadOnlyList<int> Steps);

/// <summary>
/// An audit template as data: one version. Audits keep the version they were started with, so a revision
/// (other questions, another scale) never changes the meaning of earlier scores.
/// </summary>
public sealed record AuditTemplate(string Key, int Version, AuditText Title, int ScaleMin, int ScaleMax, IReadOnlyList<AuditPrinciple> Principles)
{
    public IEnumerable<(AuditPrinciple Principle, ScaleQuestion Question)> ScaleQuestions =>
        Principles.SelectMany(p => p.ScaleQuestions.Select(q => (p, q)));

    public bool InScale(int score) => score >= ScaleMin && score <= ScaleMax;
}
