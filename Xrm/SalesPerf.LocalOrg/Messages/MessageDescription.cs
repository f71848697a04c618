using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>How a request appears in the pipeline (section 2): message name, primary row, the row images describe.</summary>
internal sealed record MessageDescription(string MessageName, string PrimaryEntityName, Guid PrimaryEntityId, EntityReference? ImageRow)
{
    /// <summary>Messages whose steps run for this request (SetState also reaches SetStateDynamicEntity steps, section 8.4).</summary>
    public IReadOnlyList<string> StepMessages { get; init; } = [MessageName];

    /// <summary>
    /// Create, Update and Delete keep stage-10 shared variables apart: later stages read them through
    /// ParentContext (section 1.4). Other messages share one collection.
    /// </summary>
    public bool SeparatesPreValidationVariables =>
        MessageName is "Create" or "Update" or "Delete" or "RetrieveExchangeRate";
}
