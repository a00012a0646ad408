namespace Zicht.Features.Sgog;

/// <summary>Settings under "Zicht:Sgog" (Zicht__Sgog__RetentionYears …); the reasoning is in docs/privacy.md and decision 044.</summary>
public sealed class SgogOptions
{
    /// <summary>
    /// Years the personal content of an incident (and of its report) is kept after the incident is closed:
    /// evaluated and, when reported, the administration's summary note returned. Then it is erased; the
    /// figures and the audit trail stay.
    /// </summary>
    public int RetentionYears { get; set; } = 5;

    /// <summary>Largest attachment or framework document accepted.</summary>
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;
}
