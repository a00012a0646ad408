using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Kernel;

namespace Zicht.Features.Account;

/// <summary>One audit line for a sign-in or a refusal, by password or SSO, written as the person it is about.</summary>
internal static class SignInAudit
{
    public static async Task RecordAsync(ZichtDb db, StaffUser? user, string action, string reason)
    {
        db.Context.StaffId = user?.Id;
        db.Context.ActorName = user?.UserName ?? "anonymous";
        db.RecordAudit(action, nameof(StaffUser), user?.Id.ToString(), null, reason);
        await db.SaveChangesAsync();
    }
}
