using System;
using System.Collections.Generic;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>
/// What a step's exception becomes for the caller (section 8.4): platform faults pass unchanged,
/// InvalidPluginExecutionException becomes IsvAborted with its message, anything else a generic fault.
/// The emulator's own NotSupportedException passes unchanged so an unsupported feature stays loud.
/// </summary>
internal static class PluginExceptions
{
    public static Exception Translate(Exception exception, string pluginType, IReadOnlyList<string> trace) => exception switch
    {
        FaultException<OrganizationServiceFault> => exception,
        NotSupportedException => exception,
        InvalidPluginExecutionException invalid => OrganizationFaults.Create(
            invalid.ErrorCode != 0 ? invalid.ErrorCode : ErrorCodes.IsvAborted, invalid.Message, string.Join(Environment.NewLine, trace)),
        _ => OrganizationFaults.Create(
            ErrorCodes.IsvUnExpected,
            $"Unexpected exception from plug-in (Execute): {pluginType}: {exception.GetType().FullName}: {exception.Message}",
            string.Join(Environment.NewLine, trace) + Environment.NewLine + exception),
    };
}
