using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Recognition;

/// <summary>
/// An honour the engine may grant: the rule, the period and the recipient, with the row to create. Its key is the rule
/// and the period for a first-to-reach rule (one winner), and the rule, the period and the recipient for a top-N rule.
/// </summary>
internal sealed record HonourCandidate(Guid RuleId, Guid PeriodId, Guid RecipientId, bool OneWinner, Entity Honour)
{
    public bool IsGrantedBy(Guid ruleId, Guid periodId, Guid recipientId) =>
        RuleId == ruleId && PeriodId == periodId && (OneWinner || RecipientId == recipientId);
}
