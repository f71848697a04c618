using System;

namespace SalesPerf.Plugins.Setup;

/// <summary>A message's filter for one table: <c>sdkmessagefilter</c> by <c>sdkmessageid</c> and <c>primaryobjecttypecode</c>.</summary>
internal sealed record MessageFilterKey(Guid MessageId, string Table);
