using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Learning;

/// <summary>The learning needs of the last twelve months, summed for whoever plans training; never a name.</summary>
[Authorize(Policy = Policies.TrainingPlanning)]
public class NeedsModel(LearningServices services, IOptions<ZichtOptions> options) : LearningPageModel(services)
{
    public int Minimum => options.Value.MinimumGroupSize;
    public List<NeedFigure> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var since = Today.AddYears(-1);
        var needs = await Db.Set<LearningNeed>().AsNoTracking().Where(n => n.EnteredOn > since)
            .Select(n => new NeedFigures.Need(n.StaffId, n.Tool, n.Text)).ToListAsync(ct);
        Figures = NeedFigures.Sum(needs, Minimum);
    }
}
