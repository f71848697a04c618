using System;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public class OrganizationServiceFault : BaseServiceFault
{
    public OrganizationServiceFault()
    {
    }

    public OrganizationServiceFault InnerFault { get; set; }

    public string TraceText { get; set; }
}
