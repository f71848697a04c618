using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>An order as read for its gross margin (null when it no longer exists) and its lines.</summary>
public sealed record OrderMarginInputs(Entity? Order, IReadOnlyList<OrderLine> Lines);
