using System;

namespace Microsoft.Xrm.Sdk;

public interface IOrganizationServiceFactory
{
    IOrganizationService CreateOrganizationService(Guid? userId);
}
