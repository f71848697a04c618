namespace SalesPerf.Plugins.Registration;

/// <summary>Dataverse's <c>customapi.allowedcustomprocessingsteptype</c> option values (Docs: customapi-table-columns.md).</summary>
public enum CustomApiProcessingStepType
{
    None = 0,
    AsyncOnly = 1,
    SyncAndAsync = 2,
}
