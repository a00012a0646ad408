namespace Zicht.Features.Quality;

/// <summary>
/// The occupancy and utilisation formulas of spec §2.5 (PROPOSAL, decision 046). The page shows these
/// same formulas beside the figures. Utilisation is measured against recognised capacity and never
/// against occupancy (seed 004:490–507); non-client time is shown beside it, never added to it.
/// </summary>
public static class OccupancyRules
{
    /// <summary>The floor below which an organisation's occupancy rate is flagged (seed 004:482).</summary>
    public const decimal Floor = 80m;

    /// <summary>bezettingsgraad = 100 × Σ occupied units / Σ recognised units.</summary>
    public static decimal? OccupancyRate(decimal occupied, decimal recognised) => recognised > 0 ? Math.Round(100m * occupied / recognised, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>benutting = 100 × Σ delivered units / recognised capacity (the recognition, not the occupancy).</summary>
    public static decimal? Utilisation(decimal delivered, decimal recognised) => recognised > 0 ? Math.Round(100m * delivered / recognised, 1, MidpointRounding.AwayFromZero) : null;

    public static bool BelowFloor(decimal? rate) => rate is { } r && r < Floor;

    /// <summary>Face-to-face hours against the target (streefcijfer), in percent.</summary>
    public static decimal? AgainstTarget(decimal hours, decimal target) => target > 0 ? Math.Round(100m * hours / target, 1, MidpointRounding.AwayFromZero) : null;
}
