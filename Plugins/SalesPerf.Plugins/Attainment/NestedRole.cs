namespace SalesPerf.Plugins.Attainment;

/// <summary>What an Update or SetState step does about the message it may be nested in (<see cref="CloseStandIn"/>).</summary>
public enum NestedRole
{
    /// <summary>Not inside another message for the same row: the step handles its own change.</summary>
    Own,

    /// <summary>Inside a message whose own step recomputes: this step does nothing.</summary>
    StandAside,

    /// <summary>Inside a close whose step the package leaves out: this step does the close's work.</summary>
    StandIn,
}
