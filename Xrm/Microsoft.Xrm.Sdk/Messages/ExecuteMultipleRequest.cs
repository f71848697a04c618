namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    // Like the real SDK, required parameters are present (as null) from construction on.
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        Requests = null;
        Settings = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => Parameters.Contains("Requests") ? (OrganizationRequestCollection)Parameters["Requests"] : null;
        set => Parameters["Requests"] = value;
    }

    public ExecuteMultipleSettings Settings
    {
        get => Parameters.Contains("Settings") ? (ExecuteMultipleSettings)Parameters["Settings"] : null;
        set => Parameters["Settings"] = value;
    }
}
