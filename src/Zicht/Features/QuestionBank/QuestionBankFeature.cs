using Zicht.Infrastructure;

namespace Zicht.Features.QuestionBank;

/// <summary>Example questions and good practices beside each tool (wish 10).</summary>
internal sealed class QuestionBankFeature : IFeature
{
    public Task PrepareAsync(WebApplication app, IServiceProvider services, CancellationToken ct) =>
        QuestionCatalogue.EnsureAsync(services.GetRequiredService<Data.ZichtDb>(), ct);
}
