using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Reviews;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// The caller's part in one review. The caller is the <c>InitiatingUserId</c>, not <c>UserId</c>: <c>UserId</c> is
/// whoever the service runs as (SYSTEM when the engine or another plug-in writes on a user's behalf, or the user a
/// step impersonates), while <c>InitiatingUserId</c> is always the person who started the operation.
/// The reviewee (<c>ownerid</c>) comes first, then the reviewer (<c>spm_reviewerid</c>); anyone else is an admin only
/// if they hold an admin role (<see cref="AdminRoles"/>), which is looked up once, and only when a rule would
/// otherwise refuse them.
/// </summary>
internal sealed class ReviewCaller
{
    private readonly Lazy<bool> isAdmin;

    public ReviewCaller(Guid userId, ReviewRow review, Func<bool> isAdmin)
    {
        UserId = userId;
        Basic = review.Owner?.Id == userId ? ReviewParty.Reviewee
            : review.Reviewer?.Id == userId ? ReviewParty.Reviewer
            : ReviewParty.Other;
        this.isAdmin = new Lazy<bool>(isAdmin ?? throw new ArgumentNullException(nameof(isAdmin)));
    }

    public Guid UserId { get; }

    /// <summary>Reviewee, Reviewer, or Other (before the admin lookup).</summary>
    public ReviewParty Basic { get; }

    /// <summary>
    /// The violations of <paramref name="check"/> for this caller: as their basic part, and again as an admin when
    /// that part is Other, the check refused the party, and the caller holds an admin role.
    /// </summary>
    public IReadOnlyList<RuleViolation> Check(Func<ReviewParty, IReadOnlyList<RuleViolation>> check)
    {
        var violations = check(Basic);
        if (Basic == ReviewParty.Other && violations.Any(v => v.Code == ReviewRuleCodes.WrongParty) && isAdmin.Value)
        {
            return check(ReviewParty.Admin);
        }

        return violations;
    }
}
