using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>One message: how it appears in the pipeline and what its main operation (stage 30) does.</summary>
internal abstract class MessageHandler
{
    public abstract string RequestName { get; }

    public abstract MessageDescription Describe(ParameterCollection input);

    /// <summary>
    /// The platform's own work on the request before the first stage (Create adds column defaults to Target); returns
    /// the shared variables the platform sets for the whole operation.
    /// </summary>
    public virtual IReadOnlyDictionary<string, object> BeforeFirstStage(MessageOperation operation) => new Dictionary<string, object>();

    /// <summary>Runs after stage 10 and before stage 20 (Create gives the Target its id here).</summary>
    public virtual void Prepare(MessageOperation operation)
    {
    }

    public abstract void Execute(MessageOperation operation);

    public virtual OrganizationResponse CreateResponse() => new();

    /// <summary>The response key of an output parameter (Retrieve's BusinessEntity is the response's Entity).</summary>
    public virtual string ResponseKey(string outputParameter) => outputParameter;
}
