namespace Zicht.Features.Quality;

/// <summary>Small input rules shared by the quality pages.</summary>
public static class QualityInputs
{
    /// <summary>Self-evaluations started in 2015 (the baseline year of seed 004); nothing later than next year.</summary>
    public static bool IsYear(int year) => year is >= QualityDomainCatalog.ReferenceYear and <= 2100;

    /// <summary>Work forms are short codes (OVBJ, OOOC, HCA, CaH, CIG, DPZ, OTA …), kept as typed.</summary>
    public static readonly IReadOnlyList<string> KnownWorkForms = ["OVBJ", "OOOC", "HCA", "CaH", "CIG", "DPZ", "OTA"];

    /// <summary>Functions of occupancy and utilisation (seed 004:490–507: CB, CBAW, DB, V, OB).</summary>
    public static readonly IReadOnlyList<string> Functions = ["CB", "CBAW", "DB", "V", "OB"];
}
