namespace SalesPerf.Plugins.Registration;

/// <summary>
/// The named nesting policies a step declares (<see cref="StepAttribute.Nesting"/>): what the step does when the platform
/// runs it inside another message of the same row. <c>PluginBase</c> applies the policy before the step's own logic
/// (<c>Infrastructure/NestingPolicy</c>), so no plug-in walks <c>ParentContext</c> itself.
/// </summary>
public enum StepNesting
{
    /// <summary>Runs wherever it is raised.</summary>
    Always = 0,

    /// <summary>
    /// A source row (opportunity, order, invoice, lead) whose changes each message's own step handles: an Update stands aside
    /// inside Win, Lose, FulfillSalesOrder, CancelSalesOrder, QualifyLead, Assign, SetState or SetStateDynamicEntity of the same row;
    /// a SetState or SetStateDynamicEntity step stands aside inside a close of the same row, and runs once per row and
    /// execution (steps of both state messages may fire for one change).
    /// </summary>
    StandsAsideInsideRowMessages = 1,

    /// <summary>
    /// A row whose state change has its own step but whose reassignment does not (targets): an Update stands aside
    /// inside SetState or SetStateDynamicEntity of the same row, and a state-change step runs once per row and execution.
    /// </summary>
    StandsAsideInsideStateChange = 2,
}
