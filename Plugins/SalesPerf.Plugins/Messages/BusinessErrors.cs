using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Messages;

/// <summary>Builds the exception that stops an operation for a business rule, in the initiating user's language.</summary>
public static class BusinessErrors
{
    /// <summary>
    /// The user's language is read only here, on the error path, through <paramref name="service"/>
    /// (pass the SYSTEM service, so that a missing read privilege cannot hide the business error).
    /// </summary>
    public static InvalidPluginExecutionException Create(
        IOrganizationService service, Guid initiatingUserId, BusinessMessage message, params object[] args)
    {
        if (message is null)
        {
            throw new ArgumentNullException(nameof(message));
        }

        var language = UserLanguage.Read(service, initiatingUserId);
        return new InvalidPluginExecutionException(message.Format(language, args));
    }
}
