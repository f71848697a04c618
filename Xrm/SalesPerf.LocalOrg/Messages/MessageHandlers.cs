using System;
using System.Collections.Generic;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>The handler of every request name the organisation understands; anything else is loudly unsupported.</summary>
internal sealed class MessageHandlers
{
    private readonly Dictionary<string, MessageHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);

    public void Add(MessageHandler handler) => _handlers[handler.RequestName] = handler;

    public MessageHandler Resolve(string? requestName) =>
        requestName is not null && _handlers.TryGetValue(requestName, out var handler)
            ? handler
            : throw new NotSupportedException($"The message '{requestName}' is not supported by the local organisation.");
}
