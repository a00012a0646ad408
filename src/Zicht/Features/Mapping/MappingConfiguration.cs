using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zicht.Features.Mapping;

internal sealed class MappingStatementConfiguration : IEntityTypeConfiguration<MappingStatement>
{
    public void Configure(EntityTypeBuilder<MappingStatement> b)
    {
        b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Section).HasConversion<string>().HasMaxLength(24);
        b.Property(s => s.SaidBy).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Text).HasMaxLength(2000);
        b.Property(s => s.SaidByName).HasMaxLength(100);
        b.HasIndex(s => new { s.CaseId, s.Section });
    }
}

internal sealed class MappingVersionConfiguration : IEntityTypeConfiguration<MappingVersion>
{
    public void Configure(EntityTypeBuilder<MappingVersion> b)
    {
        b.HasOne(v => v.Case).WithMany().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(v => v.Occasion).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.Participants).HasMaxLength(100);
        b.Property(v => v.Note).HasMaxLength(2000);
        b.Property(v => v.SavedByName).HasMaxLength(200);
        b.HasIndex(v => new { v.CaseId, v.Number }).IsUnique();
    }
}

internal sealed class HarmMatrixEntryConfiguration : IEntityTypeConfiguration<HarmMatrixEntry>
{
    public void Configure(EntityTypeBuilder<HarmMatrixEntry> b)
    {
        b.HasOne(h => h.Case).WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(h => h.Harm).HasMaxLength(500);
        foreach (var p in new[] { "Severity", "Frequency", "Impact", "FirstIncident", "WorstIncident", "LastIncident" })
        {
            b.Property(p).HasMaxLength(1000);
        }
        b.HasIndex(h => h.CaseId);
    }
}

/// <summary>A heading's name in Dutch and English.</summary>
public sealed class HeadingName
{
    public string Nl { get; set; } = "";
    public string En { get; set; } = "";

    public string Current => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && En.Length > 0 ? En : Nl;
}

/// <summary>One column of the mapping: its name and the headings (sections) it holds, in order.</summary>
public sealed class MappingColumn
{
    public string Key { get; set; } = "";
    public HeadingName Name { get; set; } = new();
    public List<MappingSection> Sections { get; set; } = [];
}

/// <summary>
/// The mapping's columns, their order, their headings and the Dutch and English names, from
/// configuration (<c>Zicht:Mapping</c>), so an organisation with another safety-organised model can
/// rename or regroup them without code. Without configuration, the three-column defaults apply.
/// Section names left out keep the shipped texts.
/// </summary>
public sealed class MappingHeadings
{
    public List<MappingColumn> Columns { get; set; } = [];
    public Dictionary<MappingSection, HeadingName> SectionNames { get; set; } = [];

    public static readonly IReadOnlyList<MappingColumn> ThreeColumns =
    [
        new() { Key = "worries", Name = new() { Nl = "Waar maken we ons zorgen over?", En = "What are we worried about?" },
            Sections = [MappingSection.PastHarm, MappingSection.DangerStatement, MappingSection.ComplicatingFactor] },
        new() { Key = "going-well", Name = new() { Nl = "Wat loopt er goed?", En = "What is going well?" },
            Sections = [MappingSection.ExistingStrength, MappingSection.ExistingSafety] },
        new() { Key = "needs-to-happen", Name = new() { Nl = "Wat moet er gebeuren?", En = "What needs to happen?" },
            Sections = [MappingSection.SafetyGoal, MappingSection.BottomLine, MappingSection.NextStep] },
    ];

    /// <summary>The configured columns, or the three-column defaults; a section in no column is added to the last one, so nothing said is hidden.</summary>
    public IReadOnlyList<MappingColumn> Effective()
    {
        var columns = Columns.Count > 0 ? Columns : ThreeColumns.ToList();
        var missing = Enum.GetValues<MappingSection>().Where(s => !columns.Any(c => c.Sections.Contains(s))).ToList();
        if (missing.Count == 0)
        {
            return columns;
        }
        var last = columns[^1];
        return [.. columns.Take(columns.Count - 1), new MappingColumn { Key = last.Key, Name = last.Name, Sections = [.. last.Sections, .. missing] }];
    }

    /// <summary>The configured name of a section, or null to use the shipped text.</summary>
    public string? NameOf(MappingSection section) => SectionNames.TryGetValue(section, out var name) ? name.Current : null;
}
