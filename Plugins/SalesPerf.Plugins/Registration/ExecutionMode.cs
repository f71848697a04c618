namespace SalesPerf.Plugins.Registration;

/// <summary>Dataverse's step <c>mode</c> option values.</summary>
public enum ExecutionMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
