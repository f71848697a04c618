using System.Collections.Generic;
using SalesPerf.LocalOrg.Store;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>
/// The one database transaction of a top-level request, joined by every nested request (section 1.2). Async
/// steps queued inside it reach the queue only when it commits; a rollback drops them with the writes.
/// </summary>
internal sealed class Transactions
{
    private readonly RowStore _store;
    private readonly Queue<AsyncJob> _queue = new();
    private List<AsyncJob>? _pending;

    public Transactions(RowStore store) => _store = store;

    public bool IsOpen => _store.InTransaction;

    public int QueuedAsyncCount => _queue.Count;

    public void Begin()
    {
        _store.Begin();
        _pending = [];
    }

    public void Commit()
    {
        _store.Commit();
        foreach (var job in _pending ?? [])
        {
            _queue.Enqueue(job);
        }

        _pending = null;
    }

    public void Rollback()
    {
        _store.Rollback();
        _pending = null;
    }

    public void QueueAsync(AsyncJob job) => _pending?.Add(job);

    public bool TryDequeue(out AsyncJob job) => _queue.TryDequeue(out job!);
}
