namespace Zicht.Features.Surveys;

/// <summary>Names the survey folders share.</summary>
public static class SurveysSetup
{
    /// <summary>The rate-limit policy of the pages reachable without an account.</summary>
    public const string PublicRateLimit = "public-survey";
}
