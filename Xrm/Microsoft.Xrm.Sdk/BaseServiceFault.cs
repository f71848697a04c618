using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public abstract class BaseServiceFault : IExtensibleDataObject
{
    private ErrorDetailCollection _errorDetails;

    protected BaseServiceFault()
    {
    }

    public Guid ActivityId { get; set; }

    public int ErrorCode { get; set; }

    public ErrorDetailCollection ErrorDetails
    {
        get => _errorDetails ??= new ErrorDetailCollection();
        set => _errorDetails = value;
    }

    public string HelpLink { get; set; }

    public string Message { get; set; }

    public DateTime Timestamp { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
