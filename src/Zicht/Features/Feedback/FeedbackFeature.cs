using System.CommandLine;
using Zicht.Infrastructure;

namespace Zicht.Features.Feedback;

/// <summary>Feedback from parents, children and network: invitations, answers, reports, follow-ups.</summary>
internal sealed class FeedbackFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<FeedbackOptions>(builder.Configuration.GetSection("Zicht:Feedback"));
        services.AddScoped<FeedbackInvitations>();
        services.AddScoped<FeedbackSubmission>();
        services.AddScoped<FeedbackReports>();
        services.AddScoped<FeedbackTexts>();
        services.AddScoped<FollowUps>();
        services.AddSingleton<FeedbackMail>();
        services.AddHostedService<FollowUpJob>();
    }

    public void AddCommands(RootCommand root) => root.Subcommands.Add(BenchCommands.Surveys());
}
