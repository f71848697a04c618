using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesPerf.SolutionModel.Flows;

/// <summary>
/// The flow's definition file (<c>Workflows/&lt;Name&gt;-&lt;ID&gt;.json</c>, the workflow's clientdata) in the shape of a real
/// export (microsoft/coe-starter-kit, e.g. <c>Workflows/AdminCapacityAlerts-108A99EF-….json</c>): <c>properties</c> with
/// <c>connectionReferences</c> (by connection reference logical name, <c>runtimeSource</c> embedded) and the Logic Apps
/// <c>definition</c>; <c>schemaVersion</c> 1.0.0.0. The definition: a Recurrence trigger; two variables (Cursor "",
/// IsDone false); an Until loop that calls the API through the Dataverse connector's <c>PerformUnboundAction</c> with
/// <c>item/Cursor</c> and <c>item/SliceSize</c>, then keeps <c>body/NextCursor</c> and <c>body/IsDone</c>.
/// </summary>
public static class ScheduledFlowJson
{
    public const string TriggerName = "Recurrence";
    public const string LoopName = "Until_the_run_is_done";
    public const string CallName = "Run_one_slice";
    public const string CursorVariable = "Cursor";
    public const string DoneVariable = "IsDone";
    public const string UnboundActionOperation = "PerformUnboundAction";
    public const string DoneExpression = "@equals(variables('IsDone'), true)";
    public const string CursorArgument = "@variables('Cursor')";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The file's text: UTF-8 JSON, two-space indented, as the exports are.</summary>
    public static string ClientData(ScheduledFlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return Document(flow).ToJsonString(Indented);
    }

    public static JsonObject Document(ScheduledFlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var connector = flow.Connection.Connector;
        return new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["connectionReferences"] = new JsonObject
                {
                    [connector] = new JsonObject
                    {
                        ["runtimeSource"] = "embedded",
                        ["connection"] = new JsonObject { ["connectionReferenceLogicalName"] = flow.Connection.LogicalName },
                        ["api"] = new JsonObject { ["name"] = connector },
                    },
                },
                ["definition"] = new JsonObject
                {
                    ["$schema"] = "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                    ["contentVersion"] = "1.0.0.0",
                    ["parameters"] = new JsonObject
                    {
                        ["$connections"] = new JsonObject { ["defaultValue"] = new JsonObject(), ["type"] = "Object" },
                        ["$authentication"] = new JsonObject { ["defaultValue"] = new JsonObject(), ["type"] = "SecureObject" },
                    },
                    ["triggers"] = new JsonObject { [TriggerName] = Trigger(flow.Recurrence) },
                    ["actions"] = Actions(flow),
                },
                ["templateName"] = null,
            },
            ["schemaVersion"] = "1.0.0.0",
        };
    }

    private static JsonObject Trigger(FlowRecurrence recurrence)
    {
        var schedule = new JsonObject();
        if (recurrence.Hours.Count != 0)
        {
            schedule["hours"] = new JsonArray(recurrence.Hours.Select(h => (JsonNode)JsonValue.Create(h.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());
        }

        if (recurrence.Minutes.Count != 0)
        {
            schedule["minutes"] = new JsonArray(recurrence.Minutes.Select(m => (JsonNode)JsonValue.Create(m)).ToArray());
        }

        var body = new JsonObject
        {
            ["frequency"] = recurrence.Frequency,
            ["interval"] = recurrence.Interval,
            ["timeZone"] = recurrence.TimeZone,
        };
        if (schedule.Count != 0)
        {
            body["schedule"] = schedule;
        }

        return new JsonObject { ["recurrence"] = body, ["type"] = "Recurrence" };
    }

    private static JsonObject Actions(ScheduledFlowDefinition flow) => new()
    {
        ["Initialize_cursor"] = new JsonObject
        {
            ["runAfter"] = new JsonObject(),
            ["type"] = "InitializeVariable",
            ["inputs"] = Variable(CursorVariable, "string", JsonValue.Create(string.Empty)),
        },
        ["Initialize_done"] = new JsonObject
        {
            ["runAfter"] = After("Initialize_cursor"),
            ["type"] = "InitializeVariable",
            ["inputs"] = Variable(DoneVariable, "boolean", JsonValue.Create(false)),
        },
        [LoopName] = new JsonObject
        {
            ["actions"] = new JsonObject
            {
                [CallName] = new JsonObject
                {
                    ["runAfter"] = new JsonObject(),
                    ["type"] = "OpenApiConnection",
                    ["inputs"] = new JsonObject
                    {
                        ["host"] = new JsonObject
                        {
                            ["connectionName"] = flow.Connection.Connector,
                            ["operationId"] = UnboundActionOperation,
                            ["apiId"] = flow.Connection.ConnectorId,
                        },
                        ["parameters"] = new JsonObject
                        {
                            ["actionName"] = flow.Action,
                            ["item/Cursor"] = CursorArgument,
                            ["item/SliceSize"] = flow.SliceSize,
                        },
                        ["authentication"] = "@parameters('$authentication')",
                    },
                },
                ["Keep_the_next_cursor"] = new JsonObject
                {
                    ["runAfter"] = After(CallName),
                    ["type"] = "SetVariable",
                    ["inputs"] = new JsonObject { ["name"] = CursorVariable, ["value"] = "@{outputs('" + CallName + "')?['body/NextCursor']}" },
                },
                ["Keep_is_done"] = new JsonObject
                {
                    ["runAfter"] = After("Keep_the_next_cursor"),
                    ["type"] = "SetVariable",
                    ["inputs"] = new JsonObject { ["name"] = DoneVariable, ["value"] = "@outputs('" + CallName + "')?['body/IsDone']" },
                },
            },
            ["runAfter"] = After("Initialize_done"),
            ["expression"] = DoneExpression,
            ["limit"] = new JsonObject { ["count"] = flow.MaxSlices, ["timeout"] = flow.Timeout },
            ["type"] = "Until",
        },
    };

    private static JsonObject After(string action) => new() { [action] = new JsonArray("Succeeded") };

    private static JsonObject Variable(string name, string type, JsonNode? value) => new()
    {
        ["variables"] = new JsonArray(new JsonObject { ["name"] = name, ["type"] = type, ["value"] = value }),
    };
}
