using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.StaffSurvey;

/// <summary>The implementation barometer (1–10): mean and distribution per closed wave, and the trend across waves.</summary>
[Authorize(Policy = Policies.StaffSurveyResults)]
public class BarometerModel(StaffResults results, IOptions<ZichtOptions> options) : PageModel
{
    public List<WaveBarometer> Waves { get; private set; } = [];
    public int Minimum => options.Value.MinimumGroupSize;

    public async Task OnGetAsync(CancellationToken ct) =>
        Waves = (await results.BarometerTrendAsync(Minimum, ct)).Where(w => w.Closed).ToList();
}
