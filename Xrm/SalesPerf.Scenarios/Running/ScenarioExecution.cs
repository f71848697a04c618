using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using SalesPerf.Scenarios.Model;
using SalesPerf.Scenarios.Output;

namespace SalesPerf.Scenarios.Running;

/// <summary>One run of one scenario against one fresh organisation: setup, the steps in order, then the result document.</summary>
internal sealed class ScenarioExecution
{
    private readonly ScenarioDefinition _scenario;
    private readonly ScenarioSchema _schema;
    private readonly IScenarioOrganization _org;
    private readonly TextWriter _progress;
    private readonly RowKeys _keys = new();
    private readonly ValueResolver _resolver;
    private readonly RowLocator _locator;
    private readonly RequestFactory _requests;
    private readonly ValueRenderer _renderer;
    private readonly ExpectationChecker _expectations;
    private readonly JsonArray _faults = [];
    private readonly JsonArray _responses = [];
    private int _executed;

    public ScenarioExecution(ScenarioDefinition scenario, ScenarioSchema schema, IScenarioOrganization org, TextWriter progress)
    {
        _scenario = scenario;
        _schema = schema;
        _org = org;
        _progress = progress;
        _resolver = new ValueResolver(org.Administrator, _keys);
        _locator = new RowLocator(org.Administrator, _keys, _resolver);
        _requests = new RequestFactory(_resolver, _locator, _keys);
        _renderer = new ValueRenderer(new LookupNames(org.Administrator, _keys, schema));
        _expectations = new ExpectationChecker(org, schema, _resolver, _locator, _renderer);
    }

    public int ExpectationsChecked { get; private set; }

    /// <summary>Runs every step; returns the failure (step number and message) of the first step that misbehaved, or null.</summary>
    public (int Step, string Message)? Run()
    {
        try
        {
            new ScenarioSetup(_scenario, _org, _keys).Create();
        }
#pragma warning disable CA1031 // Whatever the organisation throws while seeding is reported as the failure of step 0.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return (0, $"setup (currencies, users, teams) failed: {exception.Message}");
        }

        foreach (var step in _scenario.Steps)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                RunStep(step);
                _org.DrainAsync();
                _executed++;
                Progress(step, $"ok ({watch.ElapsedMilliseconds} ms)");
            }
            catch (StepFailedException failure)
            {
                Progress(step, "FAILED");
                return (step.Number, $"step {step.Number} ({step.Describe()}): {failure.Message}");
            }
#pragma warning disable CA1031 // A fault while resolving or checking (e.g. an expect on a deleted row) fails the step; it must not end the run unreported.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Progress(step, "FAILED");
                return (step.Number, $"step {step.Number} ({step.Describe()}): {exception.Message}");
            }
        }

        return null;
    }

    public JsonObject Result((int Step, string Message)? failure)
    {
        var byPlugin = new JsonObject();
        foreach (var (plugin, calls) in _org.ServiceCallsByPlugin.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            byPlugin[plugin] = calls;
        }

        var result = new JsonObject
        {
            ["scenario"] = _scenario.Name,
            ["steps"] = _executed,
            ["faults"] = _faults.DeepClone(),
            ["responses"] = _responses.DeepClone(),
            ["serviceCalls"] = new JsonObject { ["total"] = _org.ServiceCallTotal, ["byPlugin"] = byPlugin },
            ["tables"] = new TableDump(_org.Rows, _keys, _renderer).Build(_schema),
        };
        if (failure is var (step, message))
        {
            result["failure"] = new JsonObject { ["step"] = step, ["message"] = message };
        }

        return result;
    }

    private void RunStep(ScenarioStep step)
    {
        switch (step)
        {
            case ClockStep clock:
                _org.UtcNow = clock.At;
                break;
            case ExpectStep expect:
                _expectations.Check(expect);
                ExpectationsChecked++;
                break;
            case ExpectCallsStep expect:
                _expectations.Check(expect);
                ExpectationsChecked++;
                break;
            case ExpectFaultStep expect:
                ExpectFault(expect);
                ExpectationsChecked++;
                break;
            default:
                var prepared = _requests.Prepare(step);
                var (response, fault) = Send(step, prepared.Request);
                while (fault is null && step is ExecuteStep && NextSlice(response!) is string cursor)
                {
                    prepared.Request[SliceCursor] = cursor;
                    (response, fault) = Send(step, prepared.Request);
                }

                if (fault is not null)
                {
                    throw new StepFailedException($"faulted: {fault.Message}");
                }

                prepared.Completed?.Invoke(response!);
                if (step is ExecuteStep execute)
                {
                    _responses.Add(Response(execute, response!));
                }

                break;
        }
    }

    private void ExpectFault(ExpectFaultStep expect)
    {
        var prepared = _requests.Prepare(expect.Step);
        var tables = _schema.Tables.Select(t => t.LogicalName).ToList();
        var before = TableSnapshot.Take(_org.Rows, tables);
        var (_, fault) = Send(expect.Step, prepared.Request);
        if (fault is null)
        {
            throw new StepFailedException($"expected a fault containing \"{expect.Contains}\", but {expect.Step.Describe()} succeeded");
        }

        var message = fault.Message;
        if (!message.Contains(expect.Contains, StringComparison.OrdinalIgnoreCase))
        {
            throw new StepFailedException($"faulted with \"{message}\", which does not contain \"{expect.Contains}\"");
        }

        _org.DrainAsync();
        if (before.FirstDifference(TableSnapshot.Take(_org.Rows, tables)) is string change)
        {
            throw new StepFailedException($"faulted as expected but did not leave every row as it was: {change}");
        }

        _faults.Add(new JsonObject { ["step"] = expect.Number, ["op"] = expect.Step.Op, ["message"] = message });
    }

    private const string SliceCursor = "Cursor";

    /// <summary>
    /// A sliced API (one bounded slice per call, e.g. spm_Recalculate) answers IsDone false and the cursor of the next
    /// slice: an execute step drives it to the end, as the spm CLI and the command bar do.
    /// </summary>
    private static string? NextSlice(OrganizationResponse response) =>
        response.Results.TryGetValue("IsDone", out var done) && done is false
            && response.Results.TryGetValue("NextCursor", out var next) && next is string cursor && cursor.Length > 0
            ? cursor
            : null;

    /// <summary>Sends the request as the step's caller: the response, or the fault it raised.</summary>
    private (OrganizationResponse? Response, Exception? Fault) Send(ScenarioStep step, OrganizationRequest request)
    {
        var service = step.As is string user ? _org.ServiceFor(_keys.Row(user).Id) : _org.Administrator;
        try
        {
            return (service.Execute(request), null);
        }
#pragma warning disable CA1031 // Any exception out of the organisation service is the step's fault, whatever its type.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return (null, exception);
        }
    }

    private JsonObject Response(ExecuteStep step, OrganizationResponse response)
    {
        var results = new JsonObject();
        foreach (var (name, value) in response.Results.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            results[name] = _renderer.Render(value);
        }

        return new JsonObject { ["step"] = step.Number, ["request"] = step.Request, ["results"] = results };
    }

    private void Progress(ScenarioStep step, string outcome) =>
        _progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{step.Number}/{_scenario.Steps.Count}] {step.Describe()}: {outcome}"));
}
