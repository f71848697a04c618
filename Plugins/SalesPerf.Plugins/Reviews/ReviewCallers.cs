using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.Reviews;

/// <summary>Builds the <see cref="ReviewCaller"/> of a plug-in call: the initiating user, admin roles read through SYSTEM.</summary>
internal static class ReviewCallers
{
    public static ReviewCaller For(LocalPluginContext context, ReviewRow review)
    {
        var userId = context.Context.InitiatingUserId;
        return new ReviewCaller(userId, review, () => AdminRoles.Holds(context.SystemService, userId));
    }
}
